import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";

// The fields of a local account, shared by the setup, invitation and sign-in forms (browser) and
// lib/auth (server). Bounds are better-auth's own defaults (8..128) so that an account created
// here signs in through its endpoint.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
const NAME_MAX = 100;
const PASSWORD_TOO_LONG = msg("auth.field.passwordTooLong", { max: PASSWORD_MAX });

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: msg("auth.field.emailInvalid") }));

export const localAccountSchema = z.object({
  email,
  name: z
    .string()
    .trim()
    .min(1, { error: msg("auth.field.nameMissing") })
    .max(NAME_MAX, { error: msg("auth.field.nameTooLong", { max: NAME_MAX }) }),
  password: z
    .string()
    .min(PASSWORD_MIN, { error: msg("auth.field.passwordTooShort", { min: PASSWORD_MIN }) })
    .max(PASSWORD_MAX, { error: PASSWORD_TOO_LONG }),
});

export const invitationAcceptSchema = localAccountSchema.pick({ name: true, password: true });

/** Sign-in checks only that something was typed: the server decides whether it is right. */
export const signInSchema = z.object({
  email,
  password: z
    .string()
    .min(1, { error: msg("auth.field.passwordMissing") })
    .max(PASSWORD_MAX, { error: PASSWORD_TOO_LONG }),
});


export type LocalAccountInput = z.input<typeof localAccountSchema>;
export type FieldErrors = Partial<Record<"email" | "name" | "password" | "token", string>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof FieldErrors | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** What the setup and invitation actions answer; on success the browser moves on. */
export type AccountFormResult = { ok: true } | { ok: false; message: string; fieldErrors?: FieldErrors };
