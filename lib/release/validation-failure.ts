import type { z } from "zod";

import { actionFailure, type ActionFailure } from "@/lib/submit/results";
import { msg } from "@/lib/i18n/message-ref";

/** A refused input: one message per field path (`percentage`, `regions.0`), none thrown. */
export function validationFailure(error: z.ZodError): ActionFailure {
  const seen = new Set<string>();
  const fieldErrors = error.issues
    .map((issue) => ({ path: issue.path.join("."), message: issue.message }))
    .filter(({ path }) => !seen.has(path) && Boolean(seen.add(path)));
  return actionFailure("ValidationFailed", msg("release.checkFields"), { fieldErrors });
}
