"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch, type FieldPath } from "react-hook-form";
import { Field, FieldDescription, FieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";
import type { VersionForm } from "@/lib/version/schema";
import { describedBy, descriptionId, errorId, fieldId } from "./field-ids";
import { useFieldError } from "./use-field-error";

type TextFieldProps = {
  name: FieldPath<VersionForm>;
  label: string;
  description?: string;
  placeholder?: string;
  multiline?: boolean;
  /** Shows a live "n / max" counter; the bound itself is enforced by the schema. */
  counter?: { min?: number; max: number };
  inputMode?: "numeric" | "text";
  className?: string;
  mono?: boolean;
};

/** A labelled, uncontrolled input registered with react-hook-form, its error linked for screen readers. */
export function TextField({ name, label, description, placeholder, multiline, counter, inputMode, className, mono }: TextFieldProps) {
  const { register } = useFormContext<VersionForm>();
  const error = useFieldError(name);
  const id = fieldId(name);
  const props = {
    id,
    placeholder,
    inputMode,
    spellCheck: false,
    autoComplete: "off",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(description && descriptionId(name), counter && `${id}-count`, error && errorId(name)),
    className: cn(mono && "font-mono"),
    ...register(name),
  };
  return (
    <Field className={className}>
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {counter && <Counter name={name} id={`${id}-count`} {...counter} />}
      </div>
      {multiline ? <Textarea rows={3} {...props} /> : <Input {...props} />}
      {description && <FieldDescription id={descriptionId(name)}>{description}</FieldDescription>}
      <FieldMessage id={errorId(name)}>{error}</FieldMessage>
    </Field>
  );
}

function Counter({ name, id, min, max }: { name: FieldPath<VersionForm>; id: string; min?: number; max: number }) {
  const t = useTranslations("editor.version");
  const value = useWatch<VersionForm>({ name }) as string | undefined;
  const length = value?.length ?? 0;
  const outside = length > max || (min !== undefined && length > 0 && length < min);
  return (
    <span id={id} className={cn("text-xs tabular-nums", outside ? "text-destructive" : "text-muted-foreground")}>
      {length} / {min !== undefined ? `${min}-` : ""}
      {max}
      <span className="sr-only">{t("characters")}</span>
    </span>
  );
}
