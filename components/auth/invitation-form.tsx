"use client";

import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import type { AccountFormResult } from "@/lib/auth/account-schema";
import { lazyResolver } from "@/components/forms/lazy-resolver";
import { HOME_PATH } from "@/lib/auth/gate-rules";

import { AuthField } from "./auth-field";
import { FormAlert } from "./form-alert";
import { useAccountForm } from "./use-account-form";

type InvitationInput = { name: string; password: string };

const validation = lazyResolver(() => import("./resolvers").then((m) => m.invitationAcceptResolver));

/** The invited person's name and password; the email is the invitation's. */
export function InvitationForm({ accept }: { accept: (input: InvitationInput) => Promise<AccountFormResult> }) {
  const { form, onSubmit, message, warm } = useAccountForm(validation, { name: "", password: "" }, accept, HOME_PATH);
  const { errors, isSubmitting } = form.formState;
  const t = useTranslations("auth");
  return (
    <form onSubmit={onSubmit} onFocus={warm} noValidate className="grid gap-4">
      <AuthField id="invite-name" label={t("field.name")} autoComplete="name" error={errors.name?.message} registration={form.register("name")} />
      <AuthField
        id="invite-password"
        label={t("field.password")}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        registration={form.register("password")}
      />
      <FormAlert message={message} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("invite.submitting") : t("invite.submit")}
      </Button>
    </form>
  );
}
