"use client";

import { useTranslations } from "next-intl";

import type { TemplateScope } from "@/lib/library/template-input";

import { LibraryField } from "./library-field";

// Name, description and who a template is for: shared by the /templates editor and the editor's
// "Save as template".

export interface TemplateMeta {
  name: string;
  description: string;
  scope: TemplateScope;
  appPattern: string;
}

/** The scopes a template may have, with the key of their words under library.scopeOption. */
export const SCOPE_OPTIONS = [
  { value: "personal", key: "personal" },
  { value: "app-pattern", key: "appPattern" },
  { value: "everyone", key: "everyone" },
] as const;

/** The scope choices in the reader's language. */
export function useScopeOptions(): { value: TemplateScope; label: string }[] {
  const t = useTranslations("library.scopeOption");
  return SCOPE_OPTIONS.map((o) => ({ value: o.value, label: t(o.key) }));
}

export type FieldErrors = Record<string, string>;

export function TemplateMetaFields({
  idPrefix,
  meta,
  onChange,
  errors,
}: {
  idPrefix: string;
  meta: TemplateMeta;
  onChange: (meta: TemplateMeta) => void;
  errors: FieldErrors;
}) {
  const t = useTranslations("library.meta");
  const scopeOptions = useScopeOptions();
  const set = (patch: Partial<TemplateMeta>) => onChange({ ...meta, ...patch });
  return (
    <div className="grid gap-3">
      <LibraryField id={`${idPrefix}-name`} label={t("name")} value={meta.name} onChange={(name) => set({ name })} error={errors.name} />
      <LibraryField
        id={`${idPrefix}-description`}
        label={t("description")}
        as="textarea"
        rows={2}
        value={meta.description}
        onChange={(description) => set({ description })}
        error={errors.description}
      />
      <LibraryField
        id={`${idPrefix}-scope`}
        label={t("scope")}
        as="select"
        options={scopeOptions}
        value={meta.scope}
        onChange={(scope) => set({ scope: scope as TemplateScope })}
        error={errors.scope}
      />
      {meta.scope === "app-pattern" && (
        <LibraryField
          id={`${idPrefix}-pattern`}
          label={t("appPattern")}
          // eslint-disable-next-line i18next/no-literal-string -- an app pattern, the same in every language
          placeholder="shop-*"
          value={meta.appPattern}
          onChange={(appPattern) => set({ appPattern })}
          error={errors.appPattern}
        />
      )}
    </div>
  );
}

/** Field errors of a failed save, by the form's field names. */
export function errorsByField(fieldErrors: readonly { path: string; message: string }[] | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const fe of fieldErrors ?? []) {
    const key = fe.path.startsWith("containers") ? "containers" : fe.path || "form";
    out[key] ??= key === "containers" ? `${fe.path}: ${fe.message}` : fe.message;
  }
  return out;
}
