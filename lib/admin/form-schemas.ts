import { z } from "zod";

import { appPatternProblem } from "@/lib/access/app-pattern";
import { APP_ROLES } from "@/lib/access/roles";

// The admin page's inputs, defined once: the browser forms (zodResolver) and the server actions
// (which treat every input as untrusted) parse with the same schemas.

export const appPattern = z
  .string()
  .trim()
  .min(1, { error: "Enter an app pattern: an AppId, an app name, shop-* or *." })
  .superRefine((value, ctx) => {
    const problem = appPatternProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const invitationInputSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter an email address such as ada@example.com." })),
});
export type InvitationInput = z.input<typeof invitationInputSchema>;

export const GRANT_SUBJECT_KINDS = ["user", "group"] as const;

export const grantInputSchema = z.object({
  subjectKind: z.enum(GRANT_SUBJECT_KINDS, { error: "Choose a person or an OIDC group." }),
  // One message for both kinds: zod skips an object-level refinement while a field fails, and
  // every problem should show at once.
  subjectId: z
    .string()
    .trim()
    .min(1, { error: "Choose a person, or enter the OIDC group's name." })
    .max(200, { error: "Use at most 200 characters." }),
  role: z.enum(APP_ROLES, { error: "Choose viewer, submitter or releaser." }),
  appPattern,
});
export type GrantInput = z.input<typeof grantInputSchema>;

export const defaultGrantInputSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("none") }),
  z.object({
    mode: z.literal("grant"),
    role: z.enum(APP_ROLES, { error: "Choose viewer, submitter or releaser." }),
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
