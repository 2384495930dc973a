"use client";

import { Controller, useFormContext, type FieldPath } from "react-hook-form";
import { FieldDescription } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import type { VersionForm } from "@/lib/version/schema";
import { descriptionId, fieldId } from "./field-ids";

export function SwitchField({ name, label, description }: { name: FieldPath<VersionForm>; label: string; description?: string }) {
  const { control } = useFormContext<VersionForm>();
  const id = fieldId(name);
  return (
    <div className="flex items-start gap-3">
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <Switch
            id={id}
            ref={field.ref}
            checked={field.value === true}
            onCheckedChange={field.onChange}
            onBlur={field.onBlur}
            aria-describedby={description ? descriptionId(name) : undefined}
          />
        )}
      />
      <div className="grid gap-1">
        <Label htmlFor={id}>{label}</Label>
        {description && <FieldDescription id={descriptionId(name)}>{description}</FieldDescription>}
      </div>
    </div>
  );
}
