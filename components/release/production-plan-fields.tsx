"use client";

import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";


import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import type { ProductionPlan } from "@/lib/release/production-plan";
import { PERCENTAGE_CHOICES } from "@/lib/release/production-plan-values";
import type { ProductionPlanFormValues } from "@/lib/release/production-plan-values";

type PlanForm = UseFormReturn<ProductionPlanFormValues, unknown, ProductionPlan>;
type FieldName = "percentage" | "regions" | "startLocal" | "remarks" | "note" | "by";

/** The form's field names (not text people read). */
const FIELD = {
  by: "by",
  percentage: "percentage",
  fullRelease: "fullRelease",
  scheduled: "scheduled",
  startLocal: "startLocal",
  remarks: "remarks",
  note: "note",
} as const;

function useFieldError(form: PlanForm, name: FieldName) {
  const error = form.formState.errors[name];
  const message = typeof error?.message === "string" ? error.message : undefined;
  const id = `production-${name}`;
  return { id, message, errorId: `${id}-error`, invalid: message ? true : undefined };
}

interface PlanFieldsProps {
  form: PlanForm;
  regions: string[];
  /** Raise: only a percentage above the current share. */
  raiseFrom?: number;
  fourEyes: boolean;
}

export function ProductionPlanFields({ form, regions, raiseFrom, fourEyes }: PlanFieldsProps) {
  const t = useTranslations("release");
  const [by, scheduled, chosenRegions, timeZone] = useWatch({ control: form.control, name: ["by", "scheduled", "regions", "timeZone"] });
  const percentage = useFieldError(form, "percentage");
  const regionError = useFieldError(form, "regions");
  const start = useFieldError(form, "startLocal");
  const remarks = useFieldError(form, "remarks");
  const note = useFieldError(form, "note");
  const choices = PERCENTAGE_CHOICES.filter((choice) => raiseFrom === undefined || choice > raiseFrom);
  const toggleRegion = (region: string, on: boolean) =>
    form.setValue("regions", on ? [...chosenRegions, region] : chosenRegions.filter((r) => r !== region), { shouldDirty: true });
  return (
    <div className="grid gap-5">
      {raiseFrom === undefined && (
        <fieldset className="grid gap-2">
          <legend className="text-sm font-medium">{t("planForm.by")}</legend>
          <div className="flex gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" value="percentage" {...form.register(FIELD.by)} /> {t("planForm.byPercentage")}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" value="region" {...form.register(FIELD.by)} /> {t("planForm.byRegions")}
            </label>
          </div>
        </fieldset>
      )}
      {by === "percentage" ? (
        <Field>
          <Label htmlFor={percentage.id}>{t("planForm.percentage")}</Label>
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("planForm.quickChoices")}>
            {choices.map((choice) => (
              <Button key={choice} type="button" size="sm" variant="outline" onClick={() => form.setValue("percentage", choice, { shouldValidate: true })}>
                {t("percent", { share: choice / 100 })}
              </Button>
            ))}
          </div>
          <Input
            id={percentage.id}
            type="number"
            min={raiseFrom === undefined ? 1 : raiseFrom + 1}
            max={100}
            className="max-w-32"
            aria-invalid={percentage.invalid}
            aria-describedby={percentage.message ? percentage.errorId : undefined}
            {...form.register(FIELD.percentage, { valueAsNumber: true })}
          />
          <FieldMessage id={percentage.errorId}>{percentage.message}</FieldMessage>
        </Field>
      ) : (
        <Field>
          <fieldset className="grid gap-2" aria-describedby={regionError.message ? regionError.errorId : undefined}>
            <legend className="text-sm font-medium">{t("planForm.regions")}</legend>
            <label className="flex items-center gap-2 text-sm">
              <Switch {...form.register(FIELD.fullRelease)} aria-label={t("planForm.fullRelease")} /> {t("planForm.fullReleaseEvery")}
            </label>
            <div className="flex flex-wrap gap-3 text-sm">
              {regions.length === 0 && <span className="text-muted-foreground">{t("planForm.noRegions")}</span>}
              {regions.map((region) => (
                <label key={region} className="flex items-center gap-2 font-mono">
                  <input type="checkbox" checked={chosenRegions.includes(region)} aria-invalid={regionError.invalid} onChange={(e) => toggleRegion(region, e.currentTarget.checked)} />
                  {region}
                </label>
              ))}
            </div>
          </fieldset>
          <FieldMessage id={regionError.errorId}>{regionError.message}</FieldMessage>
        </Field>
      )}
      <Field>
        <label className="flex items-center gap-2 text-sm font-medium">
          <Switch {...form.register(FIELD.scheduled)} aria-label={t("planForm.schedule")} /> {t("planForm.schedule")}
        </label>
        {scheduled && (
          <>
            <Label htmlFor={start.id}>{t("planForm.startAt")}</Label>
            <Input
              id={start.id}
              type="datetime-local"
              className="max-w-64"
              aria-invalid={start.invalid}
              aria-describedby={[`${start.id}-zone`, start.message && start.errorId].filter(Boolean).join(" ")}
              {...form.register(FIELD.startLocal)}
            />
            <FieldDescription id={`${start.id}-zone`}>{t("planForm.timeZone", { zone: timeZone })}</FieldDescription>
            <FieldMessage id={start.errorId}>{start.message}</FieldMessage>
          </>
        )}
      </Field>
      <Field>
        <Label htmlFor={remarks.id}>{t("planForm.remarks")}</Label>
        <Input id={remarks.id} aria-invalid={remarks.invalid} aria-describedby={remarks.message ? remarks.errorId : undefined} {...form.register(FIELD.remarks)} />
        <FieldMessage id={remarks.errorId}>{remarks.message}</FieldMessage>
      </Field>
      <Field>
        <Label htmlFor={note.id}>{fourEyes ? t("planForm.noteForApprover") : t("planForm.noteForAudit")}</Label>
        <Textarea id={note.id} aria-invalid={note.invalid} aria-describedby={note.message ? note.errorId : undefined} {...form.register(FIELD.note)} />
        <FieldMessage id={note.errorId}>{note.message}</FieldMessage>
      </Field>
    </div>
  );
}
