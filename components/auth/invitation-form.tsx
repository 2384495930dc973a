"use client";

import { Button } from "@/components/ui/button";
import { invitationAcceptSchema, type AccountFormResult } from "@/lib/auth/account-schema";
import { HOME_PATH } from "@/lib/auth/gate-rules";

import { AuthField } from "./auth-field";
import { FormAlert } from "./form-alert";
import { useAccountForm } from "./use-account-form";

type InvitationInput = { name: string; password: string };

/** The invited person's name and password; the email is the invitation's. */
export function InvitationForm({ accept }: { accept: (input: InvitationInput) => Promise<AccountFormResult> }) {
  const { form, onSubmit, message } = useAccountForm(invitationAcceptSchema, { name: "", password: "" }, accept, HOME_PATH);
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <AuthField id="invite-name" label="Name" autoComplete="name" error={errors.name?.message} registration={form.register("name")} />
      <AuthField
        id="invite-password"
        label="Password"
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        registration={form.register("password")}
      />
      <FormAlert message={message} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating your account…" : "Create account and sign in"}
      </Button>
    </form>
  );
}
