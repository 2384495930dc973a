"use client";

import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";

import { applyFailure } from "@/components/admin/apply-result";
import { FormAlert } from "@/components/admin/form-alert";
import { FormField } from "@/components/admin/form-field";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Button } from "@/components/ui/button";
import { Field, FieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { UNREACHABLE, type ReleaseAction } from "@/lib/release/release-action";
import type { RollbackInput } from "@/lib/release/release-inputs";
import { lazyResolver } from "@/components/forms/lazy-resolver";
import type { ReleaseActionResult } from "@/lib/release/release-result";
import type { RollbackTarget } from "@/lib/release/rollback-targets-types";

import { useRenderedResolver } from "./use-rendered-resolver";

interface RollbackFormProps {
  appId: string;
  targets: RollbackTarget[];
  defaultTarget: string;
  action: ReleaseAction;
  onAnswer: (result: ReleaseActionResult) => void;
}

/** The form's field names (not text people read). */
const FIELD = { mode: "mode", percentage: "percentage" } as const;

const asOptionalNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(value);

/** Which version production goes back to, and how much of its traffic: all, or a percentage. */
const rollback = lazyResolver(() => import("./resolvers").then((m) => m.rollbackResolver));

export function RollbackForm({
  appId,
  targets,
  defaultTarget,
  action,
  onAnswer,
}: RollbackFormProps) {
  const t = useTranslations("release.rollback");
  const render = useRenderMessage();
  const percentId = useId();
  const form = useForm<RollbackInput>({
    resolver: useRenderedResolver(rollback.resolver),
    defaultValues: { versionId: defaultTarget, mode: "all", remarks: "" },
  });
  const mode = useWatch({ control: form.control, name: "mode" });
  const percentError = form.formState.errors.percentage?.message;
  const onSubmit = form.handleSubmit(async (values) => {
    const answer = await action(appId, values).catch(() => ({
      ...UNREACHABLE,
      message: render(UNREACHABLE.message),
    }));
    if (!answer.ok) applyFailure(form, answer);
    onAnswer(answer);
  });
  const options = [
    { value: "", label: t("chooseVersion") },
    ...targets.map((t) => ({
      value: t.versionId,
      label: `${t.name || t.versionId} (${t.versionId})`,
    })),
  ];
  return (
    <form onSubmit={onSubmit} onFocus={rollback.warm} noValidate aria-label={t("title")} className="grid gap-4">
      <FormField
        form={form}
        name="versionId"
        idPrefix="rollback"
        label={t("target")}
        options={options}
      />
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t("howMuch")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="all" {...form.register(FIELD.mode)} />
          {t("all")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="percentage" {...form.register(FIELD.mode)} />
          {t("byPercentage")}
        </label>
      </fieldset>
      {mode === "percentage" && (
        <Field>
          <Label htmlFor={percentId}>{t("percentage")}</Label>
          <Input
            id={percentId}
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            aria-invalid={percentError ? true : undefined}
            aria-describedby={percentError ? `${percentId}-error` : undefined}
            {...form.register(FIELD.percentage, { setValueAs: asOptionalNumber })}
          />
          <FieldMessage id={`${percentId}-error`}>{percentError}</FieldMessage>
        </Field>
      )}
      <FormField form={form} name="remarks" idPrefix="rollback" label={t("remarks")} />
      <FormAlert form={form} />
      <div>
        <Button type="submit" variant="destructive" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
