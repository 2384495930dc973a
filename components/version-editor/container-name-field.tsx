"use client";

import { useFormContext } from "react-hook-form";
import { Field, FieldDescription, FieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { VersionForm } from "@/lib/version/schema";
import { useDuplicateOf } from "./duplicate-names";
import { describedBy, descriptionId, errorId, fieldId } from "./field-ids";
import { useFieldError } from "./use-field-error";

export function ContainerNameField({ index }: { index: number }) {
  const { register } = useFormContext<VersionForm>();
  const name = `containers.${index}.name` as const;
  const schemaError = useFieldError(name);
  const duplicateOf = useDuplicateOf(index);
  const error =
    schemaError ??
    (duplicateOf !== undefined ? `Container ${duplicateOf + 1} already uses this name. Container names must be unique within a version.` : undefined);
  return (
    <Field>
      <Label htmlFor={fieldId(name)}>Container name</Label>
      <Input
        id={fieldId(name)}
        placeholder="web"
        className="font-mono"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(descriptionId(name), error && errorId(name))}
        {...register(name)}
      />
      <FieldDescription id={descriptionId(name)}>Lowercase letters, digits and dashes; unique in this version.</FieldDescription>
      <FieldMessage id={errorId(name)}>{error}</FieldMessage>
    </Field>
  );
}
