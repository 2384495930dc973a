"use client";

import { useId } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";

import { applyFailure } from "@/components/admin/apply-result";
import { FormAlert } from "@/components/admin/form-alert";
import { FormField } from "@/components/admin/form-field";
import { Button } from "@/components/ui/button";
import { Field, FieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { UNREACHABLE, type ReleaseAction } from "@/lib/release/release-action";
import { rollbackInputSchema, type RollbackInput } from "@/lib/release/release-inputs";
import type { ReleaseActionResult } from "@/lib/release/release-result";
import type { RollbackTarget } from "@/lib/release/rollback-targets-types";

interface RollbackFormProps {
  appId: string;
  targets: RollbackTarget[];
  defaultTarget: string;
  action: ReleaseAction;
  onAnswer: (result: ReleaseActionResult) => void;
}

const asOptionalNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(value);

/** Which version production goes back to, and how much of its traffic: all, or a percentage. */
export function RollbackForm({
  appId,
  targets,
  defaultTarget,
  action,
  onAnswer,
}: RollbackFormProps) {
  const percentId = useId();
  const form = useForm<RollbackInput>({
    resolver: zodResolver(rollbackInputSchema),
    defaultValues: { versionId: defaultTarget, mode: "all", remarks: "" },
  });
  const mode = useWatch({ control: form.control, name: "mode" });
  const percentError = form.formState.errors.percentage?.message;
  const onSubmit = form.handleSubmit(async (values) => {
    const answer = await action(appId, values).catch(() => UNREACHABLE);
    if (!answer.ok) applyFailure(form, answer);
    onAnswer(answer);
  });
  const options = [
    { value: "", label: "Choose a version" },
    ...targets.map((t) => ({
      value: t.versionId,
      label: `${t.name || t.versionId} (${t.versionId})`,
    })),
  ];
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Roll back production" className="grid gap-4">
      <FormField
        form={form}
        name="versionId"
        idPrefix="rollback"
        label="Roll back to"
        options={options}
      />
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">How much traffic</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="all" {...form.register("mode")} />
          All at once
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="percentage" {...form.register("mode")} />
          By percentage
        </label>
      </fieldset>
      {mode === "percentage" && (
        <Field>
          <Label htmlFor={percentId}>Percentage of traffic to move back (1–100)</Label>
          <Input
            id={percentId}
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            aria-invalid={percentError ? true : undefined}
            aria-describedby={percentError ? `${percentId}-error` : undefined}
            {...form.register("percentage", { setValueAs: asOptionalNumber })}
          />
          <FieldMessage id={`${percentId}-error`}>{percentError}</FieldMessage>
        </Field>
      )}
      <FormField form={form} name="remarks" idPrefix="rollback" label="Remarks (optional)" />
      <FormAlert form={form} />
      <div>
        <Button type="submit" variant="destructive" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Rolling back…" : "Roll back"}
        </Button>
      </div>
    </form>
  );
}
