"use client";

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

export const SCOPE_OPTIONS = [
  { value: "personal", label: "Personal (only me)" },
  { value: "app-pattern", label: "An app pattern (submitters on matching apps)" },
  { value: "everyone", label: "Everyone (administrators manage)" },
] as const;

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
  const set = (patch: Partial<TemplateMeta>) => onChange({ ...meta, ...patch });
  return (
    <div className="grid gap-3">
      <LibraryField id={`${idPrefix}-name`} label="Template name" value={meta.name} onChange={(name) => set({ name })} error={errors.name} />
      <LibraryField
        id={`${idPrefix}-description`}
        label="Description"
        as="textarea"
        rows={2}
        value={meta.description}
        onChange={(description) => set({ description })}
        error={errors.description}
      />
      <LibraryField
        id={`${idPrefix}-scope`}
        label="Who it is for"
        as="select"
        options={SCOPE_OPTIONS}
        value={meta.scope}
        onChange={(scope) => set({ scope: scope as TemplateScope })}
        error={errors.scope}
      />
      {meta.scope === "app-pattern" && (
        <LibraryField
          id={`${idPrefix}-pattern`}
          label="App pattern"
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
