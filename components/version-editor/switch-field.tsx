"use client";

import { useFormContext, type FieldPath } from "react-hook-form";
import { FieldDescription, FieldMessage } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import type { VersionForm } from "@/lib/version/schema";
import { describedBy, descriptionId, errorId, fieldId } from "./field-ids";
import { useFieldError } from "./use-field-error";

/** A boolean form value as a switch, registered uncontrolled like the text fields. Its error is
 * about what the switch hides: registry details kept while it is off. */
export function SwitchField({ name, label, description }: { name: FieldPath<VersionForm>; label: string; description?: string }) {
  const { register } = useFormContext<VersionForm>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="flex items-start gap-3">
      <Switch
        id={id}
        {...register(name)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description && descriptionId(name), error && errorId(name))}
      />
      <div className="grid gap-1">
        <Label htmlFor={id}>{label}</Label>
        {description && <FieldDescription id={descriptionId(name)}>{description}</FieldDescription>}
        <FieldMessage id={errorId(name)}>{error}</FieldMessage>
      </div>
    </div>
  );
}
