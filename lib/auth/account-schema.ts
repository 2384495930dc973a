import { z } from "zod";

// The fields of a local account, shared by the setup, invitation and sign-in forms (browser) and
// lib/auth (server). Bounds are better-auth's own defaults (8..128) so that an account created
// here signs in through its endpoint.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address such as ada@example.com." }));

export const localAccountSchema = z.object({
  email,
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter a name." })
    .max(100, { error: "Use at most 100 characters for the name." }),
  password: z
    .string()
    .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters for the password.` })
    .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters for the password.` }),
});

export const invitationAcceptSchema = localAccountSchema.pick({ name: true, password: true });

/** Sign-in checks only that something was typed: the server decides whether it is right. */
export const signInSchema = z.object({
  email,
  password: z
    .string()
    .min(1, { error: "Enter your password." })
    .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters for the password.` }),
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
