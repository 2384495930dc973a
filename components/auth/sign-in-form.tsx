"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { Button } from "@/components/ui/button";
import type { signInSchema } from "@/lib/auth/account-schema";
import { lazyResolver } from "@/components/forms/lazy-resolver";

import { AuthField } from "./auth-field";
import { FormAlert } from "./form-alert";
import { signInWithPassword, startSingleSignOn } from "./sign-in-requests";

const signIn = lazyResolver(() => import("./resolvers").then((m) => m.signInResolver));

interface SignInFormProps {
  /** Where to go once signed in: a path on this site, already checked by the page. */
  next: string;
  singleSignOn: boolean;
  /** Why an earlier single sign-on attempt came back without a session. */
  providerError: string | null;
}

export function SignInForm({ next, singleSignOn, providerError }: SignInFormProps) {
  const form = useForm<z.input<typeof signInSchema>, unknown, z.output<typeof signInSchema>>({
    resolver: signIn.resolver,
    defaultValues: { email: "", password: "" },
  });
  const [message, setMessage] = useState<string | null>(providerError);
  const [redirecting, setRedirecting] = useState(false);
  const { errors, isSubmitting } = form.formState;
  const t = useTranslations("auth");

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setMessage(null);
    const outcome = await signInWithPassword(email, password);
    if (outcome.ok) {
      setRedirecting(true);
      window.location.assign(next);
    } else if (outcome.field) {
      form.setError(outcome.field, { message: outcome.message }, { shouldFocus: true });
    } else {
      setMessage(outcome.message);
    }
  });

  const onSingleSignOn = async () => {
    setMessage(null);
    setRedirecting(true);
    const started = await startSingleSignOn(next);
    if ("url" in started) {
      window.location.assign(started.url);
    } else {
      setRedirecting(false);
      setMessage(started.message);
    }
  };

  const busy = isSubmitting || redirecting;
  return (
    <div className="grid gap-6">
      <form onSubmit={onSubmit} onFocus={signIn.warm} noValidate className="grid gap-4">
        <AuthField id="sign-in-email" label={t("field.email")} type="email" autoComplete="username" error={errors.email?.message} registration={form.register("email")} />
        <AuthField
          id="sign-in-password"
          label={t("field.password")}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          registration={form.register("password")}
        />
        <FormAlert message={message} />
        <Button type="submit" disabled={busy}>
          {isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
        </Button>
      </form>
      {singleSignOn && (
        <Button type="button" variant="outline" disabled={busy} onClick={onSingleSignOn}>
          {t("signIn.singleSignOn")}
        </Button>
      )}
    </div>
  );
}
