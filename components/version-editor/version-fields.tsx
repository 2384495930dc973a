"use client";

import { useFormContext } from "react-hook-form";
import { Field, FieldMessage } from "@/components/ui/field";
import { selectClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LIMITS } from "@/lib/version/constants";
import type { VersionForm } from "@/lib/version/schema";
import { cn } from "@/lib/utils";
import { describedBy, errorId, fieldId } from "./field-ids";
import { TextField } from "./text-field";
import { useFieldError } from "./use-field-error";

export type AppChoice = { appId: string; name: string };

export function VersionFields({ apps }: { apps: AppChoice[] }) {
  return (
    <section aria-labelledby="version-heading" className="grid gap-4">
      <h2 id="version-heading" className="text-lg font-semibold">
        Version
      </h2>
      <AppSelect apps={apps} />
      <TextField name="name" label="Version name" placeholder="release-2026-11-27" counter={{ min: LIMITS.versionName.min, max: LIMITS.versionName.max }} mono />
      <TextField name="remarks" label="Remarks (optional)" placeholder="What changed in this version" multiline counter={{ max: LIMITS.remarks.max }} />
    </section>
  );
}

function AppSelect({ apps }: { apps: AppChoice[] }) {
  const { register, getValues } = useFormContext<VersionForm>();
  const error = useFieldError("appId");
  const current = getValues("appId");
  const choices = current && !apps.some((a) => a.appId === current) ? [{ appId: current, name: "(not in the list)" }, ...apps] : apps;
  return (
    <Field>
      <Label htmlFor={fieldId("appId")}>Application</Label>
      <select
        id={fieldId("appId")}
        className={cn(selectClassName, "w-full")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId("appId"))}
        {...register("appId")}
      >
        <option value="">Choose an application…</option>
        {choices.map((a) => (
          <option key={a.appId} value={a.appId}>
            {a.name} ({a.appId})
          </option>
        ))}
      </select>
      <FieldMessage id={errorId("appId")}>{error}</FieldMessage>
    </Field>
  );
}
