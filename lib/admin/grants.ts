import "server-only";

import { deleteGrant, upsertGrant, type GrantRow } from "@/lib/db/access-store";
import { readPersonName } from "@/lib/db/people-store";
import type { Db } from "@/lib/db/types";
import { msg } from "@/lib/i18n/message-ref";

import { fieldErrorsFrom, grantInputSchema, idInputSchema } from "./form-schemas";
import { adminFailure, type AdminResult } from "./results";

/** Adds a grant, or changes the role of the same subject's grant on the same pattern. */
export async function addGrant(
  db: Db,
  actorUserId: string,
  input: unknown,
): Promise<AdminResult<{ grant: GrantRow }>> {
  const parsed = grantInputSchema.safeParse(input);
  if (!parsed.success) return adminFailure("ValidationFailed", msg("admin.checkFields"), fieldErrorsFrom(parsed.error));
  const { subjectKind, subjectId, role, appPattern } = parsed.data;
  if (subjectKind === "user" && !(await readPersonName(db, subjectId))) {
    return adminFailure("UserNotFound", msg("admin.checkFields"), {
      subjectId: msg("admin.grants.personGone"),
    });
  }
  const grant = await upsertGrant(db, { subjectKind, subjectId, role, appPattern, createdBy: actorUserId });
  return { ok: true, grant };
}

export async function removeGrant(db: Db, input: unknown): Promise<AdminResult<{ grant: GrantRow }>> {
  const parsed = idInputSchema.safeParse(input);
  if (!parsed.success) return adminFailure("InvalidParameter", msg("admin.malformedRequest"));
  const grant = await deleteGrant(db, parsed.data.id);
  if (!grant) return adminFailure("GrantNotFound", msg("admin.grants.alreadyDeleted"));
  return { ok: true, grant };
}
