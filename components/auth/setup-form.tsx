"use client";

import { Button } from "@/components/ui/button";
import { localAccountSchema, type AccountFormResult, type LocalAccountInput } from "@/lib/auth/account-schema";
import { HOME_PATH } from "@/lib/auth/gate-rules";

import { AuthField } from "./auth-field";
import { FormAlert } from "./form-alert";
import { useAccountForm } from "./use-account-form";

const empty: LocalAccountInput = { name: "", email: "", password: "" };

/** The first administrator's name, email and password. */
export function SetupForm({ setUp }: { setUp: (input: LocalAccountInput) => Promise<AccountFormResult> }) {
  const { form, onSubmit, message } = useAccountForm(localAccountSchema, empty, setUp, HOME_PATH);
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <AuthField id="setup-name" label="Name" autoComplete="name" error={errors.name?.message} registration={form.register("name")} />
      <AuthField id="setup-email" label="Email" type="email" autoComplete="email" error={errors.email?.message} registration={form.register("email")} />
      <AuthField
        id="setup-password"
        label="Password"
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        registration={form.register("password")}
      />
      <FormAlert message={message} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create administrator"}
      </Button>
    </form>
  );
}
