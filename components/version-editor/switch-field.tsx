"use client";

import { useFormContext, type FieldPath } from "react-hook-form";
import { FieldDescription } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import type { VersionForm } from "@/lib/version/schema";
import { descriptionId, fieldId } from "./field-ids";

/** A boolean form value as a switch, registered uncontrolled like the text fields. */
export function SwitchField({ name, label, description }: { name: FieldPath<VersionForm>; label: string; description?: string }) {
  const { register } = useFormContext<VersionForm>();
  const id = fieldId(name);
  return (
    <div className="flex items-start gap-3">
      <Switch id={id} {...register(name)} aria-describedby={description ? descriptionId(name) : undefined} />
      <div className="grid gap-1">
        <Label htmlFor={id}>{label}</Label>
        {description && <FieldDescription id={descriptionId(name)}>{description}</FieldDescription>}
      </div>
    </div>
  );
}
