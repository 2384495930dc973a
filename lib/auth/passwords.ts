import "server-only";

import { hashPassword } from "better-auth/crypto";
import { z } from "zod";

// better-auth's own defaults (8..128) so an account created here signs in through its endpoint.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const localAccountSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter an email address such as ada@example.com." })),
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

/** The scrypt hash better-auth verifies at sign-in (better-auth/crypto). */
export const hashLocalPassword = (password: string) => hashPassword(password);
