import Link from "next/link";

import { Button, buttonVariants } from "@/components/ui/button";
import { Field, FieldMessage } from "@/components/ui/field";
import { Input, selectClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CleanGetForm } from "./clean-get-form";
import { AUDIT_OUTCOMES, type AuditFilterField, type ParsedAuditFilter } from "@/lib/audit/filter-state";

// The filters as a plain GET form: they live in the URL, work without JavaScript, and come back
// exactly as typed (with a message on the field) when a value is not usable.

interface FilterFieldProps {
  name: AuditFilterField;
  label: string;
  parsed: ParsedAuditFilter;
  placeholder?: string;
  list?: string;
  className?: string;
}

function describedBy(name: AuditFilterField, parsed: ParsedAuditFilter) {
  return parsed.errors[name] ? `audit-${name}-error` : undefined;
}

function FilterField({ name, label, parsed, placeholder, list, className }: FilterFieldProps) {
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
      <FieldMessage id={`${id}-error`}>{parsed.errors[name]}</FieldMessage>
    </Field>
  );
}

export function AuditFilterForm({ parsed, actions }: { parsed: ParsedAuditFilter; actions: string[] }) {
  return (
    <CleanGetForm action="/audit" aria-label="Filter the audit log" className="grid gap-3 rounded-md border border-border p-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        <FilterField name="actor" label="Actor" parsed={parsed} placeholder="Name or user id" />
        <FilterField name="app" label="App" parsed={parsed} placeholder="App name or AppId" />
        <FilterField name="action" label="Action" parsed={parsed} placeholder="version.create or user." list="audit-actions" />
        <datalist id="audit-actions">
          {actions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <Field>
          <Label htmlFor="audit-outcome">Outcome</Label>
          <select
            id="audit-outcome"
            name="outcome"
            defaultValue={parsed.state.outcome}
            className={selectClassName}
            aria-invalid={parsed.errors.outcome ? true : undefined}
            aria-describedby={describedBy("outcome", parsed)}
          >
            <option value="">Any</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcome}
              </option>
            ))}
          </select>
          <FieldMessage id="audit-outcome-error">{parsed.errors.outcome}</FieldMessage>
        </Field>
        <FilterField name="from" label="From (UTC)" parsed={parsed} placeholder="2026-12-01T09:00" />
        <FilterField name="before" label="Before (UTC)" parsed={parsed} placeholder="2026-12-02" />
      </div>
      {parsed.state.size !== 50 && <input type="hidden" name="size" value={parsed.state.size} />}
      <div className="flex gap-2">
        <Button type="submit">Apply filters</Button>
        <Link href="/audit" className={buttonVariants({ variant: "outline" })}>
          Clear
        </Link>
      </div>
    </CleanGetForm>
  );
}
