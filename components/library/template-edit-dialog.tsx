"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { TemplateView } from "@/lib/library/template-view";

import type { TemplateActions } from "./library-actions";
import { LibraryField } from "./library-field";
import { TemplateFormFooter } from "./template-form-footer";
import { errorsByField, TemplateMetaFields, type FieldErrors, type TemplateMeta } from "./template-meta-fields";

// Edits a template: its name, description, scope and containers (as JSON, the form the export
// writes). Each save is a new revision; the previous ones stay in its history.

export function TemplateEditDialog({
  template,
  update,
  onClose,
}: {
  template: TemplateView;
  update: TemplateActions["update"];
  onClose: () => void;
}) {
  const t = useTranslations("library.edit");
  const [meta, setMeta] = useState<TemplateMeta>({
    name: template.name,
    description: template.description,
    scope: template.scope,
    appPattern: template.appPattern ?? "",
  });
  const [containersText, setContainersText] = useState(() => JSON.stringify(template.containers, null, 2));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  const save = async () => {
    let containers: unknown;
    try {
      containers = JSON.parse(containersText);
    } catch (error) {
      setErrors({ containers: t("invalidJson", { reason: error instanceof Error ? error.message : t("unreadable") }) });
      return;
    }
    setPending(true);
    const input = { ...meta, appPattern: meta.scope === "app-pattern" ? meta.appPattern : null, kind: template.kind, containers };
    const result = await update(template.id, input, template.revision).finally(() => setPending(false));
    if (!result.ok) {
      setErrors({ ...errorsByField(result.fieldErrors), form: result.message });
      return;
    }
    toast.success(t("saved", { name: result.template.name, revision: result.template.revision }));
    if (result.secretsNotice) toast.warning(result.secretsNotice);
    onClose();
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent size="lg">
        <DialogHeader>
          <DialogTitle>{t("title", { name: template.name })}</DialogTitle>
          <DialogDescription>{t("description", { revision: template.revision })}</DialogDescription>
        </DialogHeader>
        <form
          aria-label={t("formLabel")}
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <TemplateMetaFields idPrefix="edit-template" meta={meta} onChange={setMeta} errors={errors} />
          <LibraryField
            id="edit-template-containers"
            label={t("containers")}
            as="textarea"
            rows={12}
            mono
            value={containersText}
            onChange={setContainersText}
            error={errors.containers}
          />
          <TemplateFormFooter error={errors.form} pending={pending} onCancel={onClose} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
