"use client";

import { useState } from "react";
import { BookmarkPlus, LibraryBig } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { toast } from "@/components/ui/toast";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { lazyClient } from "@/components/lazy-client";
import { Button } from "@/components/ui/button";
import type { VersionForm } from "@/lib/version/schema";

import { useEditorLibrary } from "./editor-library-context";
import { containersToAdd, secretsToFill } from "./template-containers";

// Loaded when first opened: not part of the editor's first-load JavaScript.
const SaveTemplateDialog = lazyClient(() => import("./save-template-dialog").then((m) => m.SaveTemplateDialog));
const TemplatePickerDialog = lazyClient(() => import("./template-picker-dialog").then((m) => m.TemplatePickerDialog));

/** "Start from template" and "Save as template" above the editor. */
export function LibraryToolbar({ onReplace }: { onReplace: (values: VersionForm) => void }) {
  const t = useTranslations("library.toolbar");
  const render = useRenderMessage();
  const library = useEditorLibrary();
  const { getValues } = useFormContext<VersionForm>();
  const [open, setOpen] = useState<"start" | "save" | null>(null);
  if (!library) return null;
  return (
    <div role="group" aria-label={t("label")} className="flex flex-wrap gap-2">
      <Button type="button" variant="outline" size="sm" aria-haspopup="dialog" onClick={() => setOpen("start")}>
        <LibraryBig aria-hidden /> {t("start")}
      </Button>
      <Button type="button" variant="outline" size="sm" aria-haspopup="dialog" onClick={() => setOpen("save")}>
        <BookmarkPlus aria-hidden /> {t("save")}
      </Button>
      {open === "start" && (
        <TemplatePickerDialog
          appId={getValues("appId")}
          mode="start"
          onClose={() => setOpen(null)}
          onPick={(template) => {
            onReplace({ ...getValues(), containers: containersToAdd(template.containers, []) });
            library.setOrigins([{ id: template.id, revision: template.revision }]);
            setOpen(null);
            toast.success(t("started", { name: template.name }));
            const secrets = secretsToFill(template.strippedSecrets);
            if (secrets) toast.warning(render(secrets), { duration: 15_000 });
          }}
        />
      )}
      {open === "save" && <SaveTemplateDialog onClose={() => setOpen(null)} />}
    </div>
  );
}
