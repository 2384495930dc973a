"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { toast } from "@/components/ui/toast";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { VersionForm } from "@/lib/version/schema";

import { useEditorLibrary } from "./editor-library-context";
import { LibraryField } from "./library-field";
import { TemplateFormFooter } from "./template-form-footer";
import { errorsByField, TemplateMetaFields, type FieldErrors, type TemplateMeta } from "./template-meta-fields";

// Saves one container of the editor, or all of them, as a template. The server empties
// secret-looking values; the person is told which.

const WHOLE = "version";

export function SaveTemplateDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations("library");
  const library = useEditorLibrary();
  const { getValues } = useFormContext<VersionForm>();
  const containers = getValues("containers");
  const [what, setWhat] = useState(containers.length > 1 ? WHOLE : "0");
  const [meta, setMeta] = useState<TemplateMeta>({ name: "", description: "", scope: "personal", appPattern: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  if (!library) return null;

  const save = async () => {
    const current = getValues("containers");
    const chosen = what === WHOLE ? current : [current[Number(what)]].filter((c) => c !== undefined);
    setPending(true);
    const result = await library
      .saveTemplate({
        ...meta,
        appPattern: meta.scope === "app-pattern" ? meta.appPattern : null,
        kind: what === WHOLE ? "version" : "container",
        containers: chosen,
      })
      .catch(() => ({ ok: false as const, message: t("form.unreachable"), fieldErrors: undefined }))
      .finally(() => setPending(false));
    if (!result.ok) {
      setErrors({ ...errorsByField(result.fieldErrors), form: result.message });
      return;
    }
    toast.success(t("save.saved", { name: result.template.name }));
    if (result.secretsNotice) toast.warning(result.secretsNotice, { duration: 15_000 });
    onClose();
  };

  const options = [
    ...(containers.length > 1 ? [{ value: WHOLE, label: t("save.wholeVersion", { count: containers.length }) }] : []),
    ...containers.map((c, i) => ({ value: String(i), label: t("save.container", { name: c.name || String(i + 1) }) })),
  ];
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("save.title")}</DialogTitle>
          <DialogDescription>{t("save.description")}</DialogDescription>
        </DialogHeader>
        <form
          aria-label={t("save.title")}
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <LibraryField id="save-template-what" label={t("save.what")} as="select" options={options} value={what} onChange={setWhat} error={errors.containers} />
          <TemplateMetaFields idPrefix="save-template" meta={meta} onChange={setMeta} errors={errors} />
          <TemplateFormFooter error={errors.form} pending={pending} onCancel={onClose} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
