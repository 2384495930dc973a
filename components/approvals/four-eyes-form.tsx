"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { toast } from "sonner";

import { applyFailure, unreachable, type ActionAnswer } from "@/components/admin/apply-result";
import { FormAlert } from "@/components/admin/form-alert";
import { FormField } from "@/components/admin/form-field";
import { PatternPreview } from "@/components/admin/pattern-preview";
import { Button } from "@/components/ui/button";
import type { AppRef } from "@/lib/access/app-pattern";
import { describeFourEyes, fourEyesInputSchema, type FourEyesFormValues } from "@/lib/release/four-eyes-setting";

interface FourEyesFormProps {
  current: FourEyesFormValues;
  apps: AppRef[] | null;
  saveFourEyes: (input: FourEyesFormValues) => Promise<ActionAnswer>;
}

const MODE_OPTIONS = [
  { value: "pattern", label: "Apps matching a pattern need a second releaser" },
  { value: "off", label: "Off: releasers publish to production alone" },
] as const;

/** The apps whose production publishes and raises wait for a second releaser's approval. */
export function FourEyesForm({ current, apps, saveFourEyes }: FourEyesFormProps) {
  const form = useForm<FourEyesFormValues>({
    resolver: zodResolver(fourEyesInputSchema) as unknown as Resolver<FourEyesFormValues>,
    defaultValues: current,
  });
  const [mode, pattern] = useWatch({ control: form.control, name: ["mode", "appPattern"] });
  const onSubmit = form.handleSubmit(async (values) => {
    const answer = await saveFourEyes(values).catch(() => unreachable);
    if (!answer.ok) return applyFailure(form, answer);
    toast.success(describeFourEyes(values.mode === "off" ? { mode: "off" } : { mode: "pattern", appPattern: values.appPattern.trim() }));
    form.reset(values);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Four eyes on production" className="grid gap-3">
      <FormField form={form} name="mode" idPrefix="four-eyes" label="Four eyes" options={MODE_OPTIONS} className="max-w-md" />
      {mode === "pattern" && (
        <>
          <FormField
            form={form}
            name="appPattern"
            idPrefix="four-eyes"
            label="Apps needing approval"
            placeholder="*"
            describedBy="four-eyes-preview"
            className="max-w-md"
            mono
          />
          <PatternPreview id="four-eyes-preview" pattern={pattern} apps={apps} />
        </>
      )}
      <FormAlert form={form} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Save four eyes
        </Button>
      </div>
    </form>
  );
}
