import "server-only";

import type { DefaultGrant } from "@/lib/access/resolve-role";
import { writeDefaultGrant } from "@/lib/access/person-access";
import type { Db } from "@/lib/db/types";
import { msg } from "@/lib/i18n/message-ref";

import { defaultGrantInputSchema, fieldErrorsFrom } from "./form-schemas";
import { adminFailure, type AdminResult } from "./results";

/** Sets what every signed-in person gets without a grant of their own: nothing, or role + pattern. */
export async function saveDefaultGrant(
  db: Db,
  actorUserId: string,
  input: unknown,
): Promise<AdminResult<{ defaultGrant: DefaultGrant | null }>> {
  const parsed = defaultGrantInputSchema.safeParse(input);
  if (!parsed.success) return adminFailure("ValidationFailed", msg("admin.checkFields"), fieldErrorsFrom(parsed.error));
  const value =
    parsed.data.mode === "none" ? null : { role: parsed.data.role, appPattern: parsed.data.appPattern };
  await writeDefaultGrant(db, value, actorUserId);
  return { ok: true, defaultGrant: value };
}
