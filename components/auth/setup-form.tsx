"use client";

import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import type { AccountFormResult, LocalAccountInput } from "@/lib/auth/account-schema";
import { lazyResolver } from "@/components/forms/lazy-resolver";
import { HOME_PATH } from "@/lib/auth/gate-rules";

import { AuthField } from "./auth-field";
import { FormAlert } from "./form-alert";
import { useAccountForm } from "./use-account-form";

const validation = lazyResolver(() => import("./resolvers").then((m) => m.localAccountResolver));

const empty: LocalAccountInput = { name: "", email: "", password: "" };

/** The first administrator's name, email and password. */
export function SetupForm({ setUp }: { setUp: (input: LocalAccountInput) => Promise<AccountFormResult> }) {
  const { form, onSubmit, message, warm } = useAccountForm(validation, empty, setUp, HOME_PATH);
  const { errors, isSubmitting } = form.formState;
  const t = useTranslations("auth");
  return (
    <form onSubmit={onSubmit} onFocus={warm} noValidate className="grid gap-4">
      <AuthField id="setup-name" label={t("field.name")} autoComplete="name" error={errors.name?.message} registration={form.register("name")} />
      <AuthField id="setup-email" label={t("field.email")} type="email" autoComplete="email" error={errors.email?.message} registration={form.register("email")} />
      <AuthField
        id="setup-password"
        label={t("field.password")}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        registration={form.register("password")}
      />
      <FormAlert message={message} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("setup.submitting") : t("setup.submit")}
      </Button>
    </form>
  );
}
