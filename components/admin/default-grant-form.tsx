"use client";

import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import type { AppRef } from "@/lib/access/app-pattern";
import { APP_ROLES } from "@/lib/access/roles";
import type { DefaultGrantFormValues } from "@/lib/admin/form-schemas";
import { lazyResolver } from "@/components/forms/lazy-resolver";

import { applyFailure, unreachable, type ActionAnswer } from "./apply-result";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { PatternPreview } from "./pattern-preview";

interface DefaultGrantFormProps {
  current: DefaultGrantFormValues;
  apps: AppRef[] | null;
  saveDefaultGrant: (input: DefaultGrantFormValues) => Promise<ActionAnswer>;
}

/** What every signed-in person gets without a grant of their own. */
const defaultGrant = lazyResolver(() => import("./resolvers").then((m) => m.defaultGrantResolver));

export function DefaultGrantForm({ current, apps, saveDefaultGrant }: DefaultGrantFormProps) {
  const t = useTranslations("admin.defaultGrant");
  const roles = useTranslations("access.role");
  const modeOptions = [
    { value: "none", label: t("modeNone") },
    { value: "grant", label: t("modeGrant") },
  ];
  const roleOptions = APP_ROLES.map((role) => ({ value: role, label: roles(role) }));
  // The form keeps both modes' fields (so switching loses nothing typed); the schema reads the mode.
  const form = useForm<DefaultGrantFormValues>({
    resolver: defaultGrant.resolver,
    defaultValues: current,
  });
  const [mode, pattern] = useWatch({ control: form.control, name: ["mode", "appPattern"] });
  const onSubmit = form.handleSubmit(async (values) => {
    const answer = await saveDefaultGrant(values).catch(() => unreachable);
    if (!answer.ok) return applyFailure(form, answer);
    toast.success(
      values.mode === "none"
        ? t("savedNone")
        : t("savedGrant", { role: roles(values.role), pattern: values.appPattern.trim() }),
    );
    form.reset(values);
  });
  return (
    <form onSubmit={onSubmit} onFocus={defaultGrant.warm} noValidate aria-label={t("formLabel")} className="grid gap-3">
      <FormField form={form} name="mode" idPrefix="default-grant" label={t("mode")} options={modeOptions} className="max-w-sm" />
      {mode === "grant" && (
        <>
          <div className="grid gap-3 md:grid-cols-[10rem_1fr]">
            <FormField form={form} name="role" idPrefix="default-grant" label={t("role")} options={roleOptions} />
            <FormField
              form={form}
              name="appPattern"
              idPrefix="default-grant"
              label={t("appPattern")}
              placeholder="*"
              describedBy="default-grant-preview"
              mono
            />
          </div>
          <PatternPreview id="default-grant-preview" pattern={pattern} apps={apps} />
        </>
      )}
      <FormAlert form={form} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
