"use client";

import { useState } from "react";
import { BookmarkPlus, LibraryBig } from "lucide-react";
import { useFormContext } from "react-hook-form";
import { toast } from "sonner";

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
  const library = useEditorLibrary();
  const { getValues } = useFormContext<VersionForm>();
  const [open, setOpen] = useState<"start" | "save" | null>(null);
  if (!library) return null;
  return (
    <div role="group" aria-label="Team library" className="flex flex-wrap gap-2">
      <Button type="button" variant="outline" size="sm" aria-haspopup="dialog" onClick={() => setOpen("start")}>
        <LibraryBig aria-hidden /> Start from template
      </Button>
      <Button type="button" variant="outline" size="sm" aria-haspopup="dialog" onClick={() => setOpen("save")}>
        <BookmarkPlus aria-hidden /> Save as template
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
            toast.success(`Started from ${template.name}`);
            const secrets = secretsToFill(template.strippedSecrets);
            if (secrets) toast.warning(secrets, { duration: 15_000 });
          }}
        />
      )}
      {open === "save" && <SaveTemplateDialog onClose={() => setOpen(null)} />}
    </div>
  );
}
