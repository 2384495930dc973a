import Link from "next/link";
import { useTranslations } from "next-intl";

import { Button, buttonVariants } from "@/components/ui/button";
import { Field, FieldMessage } from "@/components/ui/field";
import { Input, selectClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CleanGetForm } from "./clean-get-form";
import { AUDIT_OUTCOMES, type AuditFilterField, type ParsedAuditFilter } from "@/lib/audit/filter-state";
import { renderMessage, type Translate } from "@/lib/i18n/message-ref";

// The filters as a plain GET form: they live in the URL, work without JavaScript, and come back
// exactly as typed (with a message on the field) when a value is not usable. Times are UTC.

interface FilterFieldProps {
  name: AuditFilterField;
  label: string;
  parsed: ParsedAuditFilter;
  placeholder?: string;
  list?: string;
  className?: string;
  /** The field's problem (lib/audit/filter-state's reference) in the reader's language. */
  error: string | undefined;
}

function describedBy(name: AuditFilterField, parsed: ParsedAuditFilter) {
  return parsed.errors[name] ? `audit-${name}-error` : undefined;
}

function FilterField({ name, label, parsed, placeholder, list, className, error }: FilterFieldProps) {
  const id = `audit-${name}`;
  return (
    <Field className={className}>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        defaultValue={parsed.state[name]}
        placeholder={placeholder}
        list={list}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={parsed.errors[name] ? true : undefined}
        aria-describedby={describedBy(name, parsed)}
      />
      <FieldMessage id={`${id}-error`}>{error}</FieldMessage>
    </Field>
  );
}

export function AuditFilterForm({ parsed, actions }: { parsed: ParsedAuditFilter; actions: string[] }) {
  const t = useTranslations("audit.filter");
  const outcomes = useTranslations("audit.outcome");
  const words = useTranslations() as unknown as Translate;
  const error = (name: keyof ParsedAuditFilter["errors"]) => {
    const problem = parsed.errors[name];
    return problem ? renderMessage(problem, words) : undefined;
  };
  const outcomeError = error("outcome");
  return (
    <CleanGetForm action="/audit" aria-label={t("label")} className="grid gap-3 rounded-md border border-border p-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        <FilterField name="actor" label={t("actor")} parsed={parsed} placeholder={t("actorPlaceholder")} error={error("actor")} />
        <FilterField name="app" label={t("app")} parsed={parsed} placeholder={t("appPlaceholder")} error={error("app")} />
        <FilterField
          name="action"
          label={t("action")}
          parsed={parsed}
          placeholder={t("actionPlaceholder")}
          list="audit-actions"
          error={error("action")}
        />
        <datalist id="audit-actions">
          {actions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <Field>
          <Label htmlFor="audit-outcome">{t("outcome")}</Label>
          <select
            id="audit-outcome"
            name="outcome"
            defaultValue={parsed.state.outcome}
            className={selectClassName}
            aria-invalid={parsed.errors.outcome ? true : undefined}
            aria-describedby={describedBy("outcome", parsed)}
          >
            <option value="">{t("anyOutcome")}</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcomes(outcome)}
              </option>
            ))}
          </select>
          <FieldMessage id="audit-outcome-error">{outcomeError}</FieldMessage>
        </Field>
        <FilterField name="from" label={t("from")} parsed={parsed} placeholder="2026-12-01T09:00" error={error("from")} />
        <FilterField name="before" label={t("before")} parsed={parsed} placeholder="2026-12-02" error={error("before")} />
      </div>
      {parsed.state.size !== 50 && <input type="hidden" name="size" value={parsed.state.size} />}
      <div className="flex gap-2">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/audit" className={buttonVariants({ variant: "outline" })}>
          {t("clear")}
        </Link>
      </div>
    </CleanGetForm>
  );
}
