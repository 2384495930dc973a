"use client";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Field, FieldMessage } from "@/components/ui/field";
import { Input, selectClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

// A labelled control of the library's forms with its error linked by aria-describedby.

interface LibraryFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  as?: "input" | "textarea" | "select";
  options?: readonly { value: string; label: string }[];
  placeholder?: string;
  rows?: number;
  mono?: boolean;
}

export function LibraryField({ id, label, value, onChange, error, as = "input", options, placeholder, rows, mono }: LibraryFieldProps) {
  const render = useRenderMessage();
  const shared = {
    id,
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {as === "select" ? (
        <select {...shared} className={selectClassName} onChange={(e) => onChange(e.target.value)}>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : as === "textarea" ? (
        <Textarea {...shared} rows={rows} className={mono ? "font-mono" : undefined} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Input {...shared} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldMessage id={`${id}-error`}>{error ? render(error) : undefined}</FieldMessage>
    </Field>
  );
}
