import "server-only";

import type { z } from "zod";

import { issuesToFieldErrors } from "@/lib/submit/input-gate";
import { actionFailure, type ActionFailure } from "@/lib/submit/results";
import { msg } from "@/lib/i18n/message-ref";

// Untrusted input into a release action: judged by the shared schema without throwing; every
// problem comes back on the field it concerns.

export function parseReleaseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.infer<S> } | ActionFailure {
  let parsed: ReturnType<S["safeParse"]> | undefined;
  try {
    parsed = schema.safeParse(input) as ReturnType<S["safeParse"]>;
  } catch {
    parsed = undefined;
  }
  if (!parsed) return actionFailure("ValidationFailed", msg("release.input.unreadable"));
  if (parsed.success) return { ok: true, value: parsed.data as z.infer<S> };
  const fieldErrors = issuesToFieldErrors(parsed.error.issues);
  return actionFailure("ValidationFailed", fieldErrors[0]?.message ?? msg("release.input.checkForm"), {
    fieldErrors,
  });
}
