import "server-only";

import { setPersonDisabled } from "@/lib/db/people-store";
import type { Db } from "@/lib/db/types";
import { msg } from "@/lib/i18n/message-ref";

import { fieldErrorsFrom, personStandingInputSchema } from "./form-schemas";
import { adminFailure, type AdminResult } from "./results";

/**
 * Disables or enables a person. Nobody disables themselves: the last administrator could
 * otherwise lock everyone out of the admin page.
 */
export async function changePersonStanding(
  db: Db,
  actorUserId: string,
  input: unknown,
): Promise<AdminResult<{ userId: string; disabled: boolean }>> {
  const parsed = personStandingInputSchema.safeParse(input);
  if (!parsed.success) return adminFailure("InvalidParameter", msg("admin.malformedRequest"), fieldErrorsFrom(parsed.error));
  const { userId, disabled } = parsed.data;
  if (disabled && userId === actorUserId) {
    return adminFailure("SelfDisable", msg("admin.people.selfDisable"));
  }
  if (!(await setPersonDisabled(db, userId, disabled))) {
    return adminFailure("UserNotFound", msg("admin.people.notFound"));
  }
  return { ok: true, userId, disabled };
}
