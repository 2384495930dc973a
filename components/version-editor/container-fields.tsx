"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import { ContainerNameField } from "./container-name-field";
import { EnvEditor } from "./env-editor";
import { ImageFields } from "./image-fields";
import { ProbeFields } from "./probe-fields";
import { SpecPicker, StoragePicker } from "./spec-storage-pickers";
import { TextField } from "./text-field";
import { useAfterPaint } from "./use-after-paint";

const COMMAND_EXAMPLES = {
  command: "/bin/sh",
  args: "-c 'npm start'",
  postStart: "sh poststart.sh",
  preStop: "sh prestop.sh",
};

/**
 * The fields of one open card. Memoised apart from the card's header, whose props (is it the last,
 * the only one) change when a container is added or removed: the previous last card then re-renders
 * its header, not its ~40 fields.
 *
 * `deferred`: the card was added after the editor mounted (add, duplicate, undo, import, template).
 * The name field (which takes the focus) mounts with the card; the other fields mount right after
 * the frame that shows the new card is painted. Mounting all ~400 elements of a card in the click's
 * own render held "Add container" back ~100 ms at 4x CPU; cards on the page from the start (and
 * those hydrated from the server's HTML) render whole at once.
 */
export const ContainerFields = memo(function ContainerFields({ index, deferred }: { index: number; deferred: boolean }) {
  const t = useTranslations("editor.card");
  const rest = useAfterPaint(true, !deferred);
  return (
    <div id={`container-body-${index}`} className="grid gap-6 p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <ContainerNameField index={index} />
      </div>
      {rest && (
        <>
          <ImageFields index={index} />
          <SpecPicker index={index} />
          <StoragePicker index={index} />
          <div className="grid gap-4 sm:grid-cols-2">
            {/* The placeholders are commands: the same in every language. */}
            <TextField name={`containers.${index}.command`} label={t("command")} placeholder={COMMAND_EXAMPLES.command} description={t("spaceSeparated")} mono />
            <TextField name={`containers.${index}.args`} label={t("args")} placeholder={COMMAND_EXAMPLES.args} description={t("spaceSeparated")} mono />
            <TextField name={`containers.${index}.postStart`} label={t("postStart")} placeholder={COMMAND_EXAMPLES.postStart} description={t("postStartHint")} mono />
            <TextField name={`containers.${index}.preStop`} label={t("preStop")} placeholder={COMMAND_EXAMPLES.preStop} description={t("preStopHint")} mono />
          </div>
          <EnvEditor index={index} />
          <ProbeFields index={index} />
        </>
      )}
    </div>
  );
});
