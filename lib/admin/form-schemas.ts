import { z } from "zod";

import { appPatternProblem } from "@/lib/access/app-pattern";
import { APP_ROLES } from "@/lib/access/roles";
import { msg } from "@/lib/i18n/message-ref";

// The admin page's inputs, defined once: the browser forms (zodResolver) and the server actions
// (which treat every input as untrusted) parse with the same schemas.

export const appPattern = z
  .string()
  .trim()
  .min(1, { error: msg("admin.field.appPatternMissing") })
  .superRefine((value, ctx) => {
    const problem = appPatternProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const invitationInputSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: msg("auth.field.emailInvalid") })),
});
export type InvitationInput = z.input<typeof invitationInputSchema>;

const SUBJECT_MAX = 200;
const ROLE_MISSING = msg("admin.field.roleMissing");

export const GRANT_SUBJECT_KINDS = ["user", "group"] as const;

export const grantInputSchema = z.object({
  subjectKind: z.enum(GRANT_SUBJECT_KINDS, { error: msg("admin.field.subjectKindMissing") }),
  // One message for both kinds: zod skips an object-level refinement while a field fails, and
  // every problem should show at once.
  subjectId: z
    .string()
    .trim()
    .min(1, { error: msg("admin.field.subjectMissing") })
    .max(SUBJECT_MAX, { error: msg("admin.field.subjectTooLong", { max: SUBJECT_MAX }) }),
  role: z.enum(APP_ROLES, { error: ROLE_MISSING }),
  appPattern,
});
export type GrantInput = z.input<typeof grantInputSchema>;

export const defaultGrantInputSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("none") }),
  z.object({
    mode: z.literal("grant"),
    role: z.enum(APP_ROLES, { error: ROLE_MISSING }),
    appPattern,
  }),
]);
export type DefaultGrantInput = z.input<typeof defaultGrantInputSchema>;

/** Values of the default grant form: both modes' fields, so switching loses nothing typed. */
export interface DefaultGrantFormValues {
  mode: "none" | "grant";
  role: (typeof APP_ROLES)[number];
  appPattern: string;
}

export const personStandingInputSchema = z.object({
  userId: z.string().min(1).max(200),
  disabled: z.boolean(),
});

export const idInputSchema = z.object({ id: z.number().int().positive() });

/** zod issues as one message per top-level field, for `{ fieldErrors }` answers. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
