"use client";

import { useTranslations } from "next-intl";
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

/** An example name, the same in every language. */
const NAME_EXAMPLE = "release-2026-11-27";

export function VersionFields({ apps }: { apps: AppChoice[] }) {
  const t = useTranslations("editor.version");
  return (
    <section aria-labelledby="version-heading" className="grid gap-4">
      <h2 id="version-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <AppSelect apps={apps} />
      <TextField name="name" label={t("name")} placeholder={NAME_EXAMPLE} counter={{ min: LIMITS.versionName.min, max: LIMITS.versionName.max }} mono />
      <TextField name="remarks" label={t("remarks")} placeholder={t("remarksPlaceholder")} multiline counter={{ max: LIMITS.remarks.max }} />
    </section>
  );
}

function AppSelect({ apps }: { apps: AppChoice[] }) {
  const { register, getValues } = useFormContext<VersionForm>();
  const t = useTranslations("editor.version");
  const error = useFieldError("appId");
  const current = getValues("appId");
  const field = register("appId");
  const choices = current && !apps.some((a) => a.appId === current) ? [{ appId: current, name: t("notInList") }, ...apps] : apps;
  return (
    <Field>
      <Label htmlFor={fieldId("appId")}>{t("application")}</Label>
      <select
        id={fieldId("appId")}
        className={cn(selectClassName, "w-full")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId("appId"))}
        {...field}
      >
        <option value="">{t("chooseApplication")}</option>
        {choices.map((a) => (
          <option key={a.appId} value={a.appId}>
            {t("appOption", { name: a.name, appId: a.appId })}
          </option>
        ))}
      </select>
      <FieldMessage id={errorId("appId")}>{error}</FieldMessage>
    </Field>
  );
}
