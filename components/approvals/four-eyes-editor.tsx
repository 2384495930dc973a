"use client";

import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/ui/toast";

import { applyFailure, unreachable, type ActionAnswer } from "@/components/admin/apply-result";
import { FormAlert } from "@/components/admin/form-alert";
import { FormField } from "@/components/admin/form-field";
import { PatternPreview } from "@/components/admin/pattern-preview";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { useRenderedResolver } from "@/components/release/use-rendered-resolver";
import { Button } from "@/components/ui/button";
import type { AppRef } from "@/lib/access/app-pattern";
import type { FourEyesFormValues } from "@/lib/release/four-eyes-setting";
import { describeFourEyes } from "@/lib/release/four-eyes-words";
import { lazyResolver } from "@/components/forms/lazy-resolver";

export interface FourEyesEditorProps {
  current: FourEyesFormValues;
  apps: AppRef[] | null;
  saveFourEyes: (input: FourEyesFormValues) => Promise<ActionAnswer>;
}

/** The apps whose production publishes and raises wait for a second releaser's approval. */
const fourEyes = lazyResolver(() => import("@/components/release/resolvers").then((m) => m.fourEyesResolver));

export function FourEyesEditor({ current, apps, saveFourEyes }: FourEyesEditorProps) {
  const t = useTranslations("approvals.fourEyes");
  const render = useRenderMessage();
  const modeOptions = [
    { value: "pattern", label: t("modePattern") },
    { value: "off", label: t("modeOff") },
  ];
  const form = useForm<FourEyesFormValues>({
    resolver: useRenderedResolver(fourEyes.resolver),
    defaultValues: current,
  });
  const [mode, pattern] = useWatch({ control: form.control, name: ["mode", "appPattern"] });
  const onSubmit = form.handleSubmit(async (values) => {
    const answer = await saveFourEyes(values).catch(() => unreachable);
    if (!answer.ok) return applyFailure(form, answer);
    toast.success(render(describeFourEyes(values.mode === "off" ? { mode: "off" } : { mode: "pattern", appPattern: values.appPattern.trim() })));
    form.reset(values);
  });
  return (
    <form onSubmit={onSubmit} onFocus={fourEyes.warm} noValidate aria-label={t("form")} className="grid gap-3">
      <FormField form={form} name="mode" idPrefix="four-eyes" label={t("mode")} options={modeOptions} className="max-w-md" />
      {mode === "pattern" && (
        <>
          <FormField
            form={form}
            name="appPattern"
            idPrefix="four-eyes"
            label={t("appPattern")}
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
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
