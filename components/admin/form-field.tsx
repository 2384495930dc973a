"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Field, FieldDescription, FieldMessage } from "@/components/ui/field";
import { Input, selectClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

// A labelled input or select of an admin form, registered with react-hook-form, with
// aria-invalid and its error (and description) linked by aria-describedby.

interface FormFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  /** Prefix that keeps ids unique when several forms share field names. */
  idPrefix: string;
  label: string;
  description?: string;
  type?: "text" | "email";
  placeholder?: string;
  options?: readonly { value: string; label: string }[];
  className?: string;
  mono?: boolean;
  /** Ids of more text that describes the control (a live preview). */
  describedBy?: string;
}

export function FormField<T extends FieldValues>(props: FormFieldProps<T>) {
  const { form, name, idPrefix, label, description, type = "text", placeholder, options, className, mono } = props;
  const extra = props.describedBy;
  const render = useRenderMessage();
  const id = `${idPrefix}-${name}`;
  const error = form.formState.errors[name]?.message;
  // A reference from the shared schema (in the browser) or the server's words.
  const message = typeof error === "string" ? render(error) : undefined;
  const describedBy = [description && `${id}-description`, extra, message && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const shared = {
    id,
    "aria-invalid": message ? true : undefined,
    "aria-describedby": describedBy,
    ...form.register(name),
  };
  return (
    <Field className={className}>
      <Label htmlFor={id}>{label}</Label>
      {options ? (
        <select {...shared} className={selectClassName}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <Input
          {...shared}
          type={type}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          className={mono ? "font-mono" : undefined}
        />
      )}
      {description && <FieldDescription id={`${id}-description`}>{description}</FieldDescription>}
      <FieldMessage id={`${id}-error`}>{message}</FieldMessage>
    </Field>
  );
}
