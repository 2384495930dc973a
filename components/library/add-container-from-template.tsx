"use client";

import { useState } from "react";
import { LibraryBig } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFormContext, type UseFieldArrayAppend } from "react-hook-form";
import { toast } from "@/components/ui/toast";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { lazyClient } from "@/components/lazy-client";
import { Button } from "@/components/ui/button";
import type { VersionForm } from "@/lib/version/schema";

import { useEditorLibrary } from "./editor-library-context";
import { containersToAdd, secretsToFill } from "./template-containers";

// Loaded when first opened: not part of the editor's first-load JavaScript.
const TemplatePickerDialog = lazyClient(() => import("./template-picker-dialog").then((m) => m.TemplatePickerDialog));

/** "Add from template" beside "Add container" (its dialog: "Add container from template"; the
 * button does not repeat "Add container", which names the other button); nothing without the
 * editor's library. */
export function AddContainerFromTemplate({ append }: { append: UseFieldArrayAppend<VersionForm, "containers"> }) {
  const t = useTranslations("library.toolbar");
  const render = useRenderMessage();
  const library = useEditorLibrary();
  const { getValues } = useFormContext<VersionForm>();
  const [open, setOpen] = useState(false);
  if (!library) return null;
  return (
    <>
      <Button type="button" variant="secondary" className="w-fit" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <LibraryBig aria-hidden /> {t("addFromTemplate")}
      </Button>
      {open && (
        <TemplatePickerDialog
          appId={getValues("appId")}
          mode="add"
          onClose={() => setOpen(false)}
          onPick={(template) => {
            const start = getValues("containers").length;
            const added = containersToAdd(template.containers, getValues("containers").map((c) => c.name));
            append(added, { focusName: `containers.${start}.name` });
            library.addOrigin({ id: template.id, revision: template.revision });
            setOpen(false);
            toast.success(t("added", { names: added.map((c) => c.name).join(", "), template: template.name }));
            const secrets = secretsToFill(template.strippedSecrets);
            if (secrets) toast.warning(render(secrets), { duration: 15_000 });
          }}
        />
      )}
    </>
  );
}
