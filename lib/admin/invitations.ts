import "server-only";

import { INVITATION_PATH } from "@/lib/auth/gate-rules";
import { createInvitation } from "@/lib/auth/invitations";
import { deleteInvitation } from "@/lib/db/identity-store";
import type { Db } from "@/lib/db/types";
import { msg } from "@/lib/i18n/message-ref";

import { fieldErrorsFrom, idInputSchema, invitationInputSchema } from "./form-schemas";
import { adminFailure, type AdminResult } from "./results";

/** Where an invitation's link leads; the identity pages answer it. */
export const invitationPath = (token: string) => `${INVITATION_PATH}/${encodeURIComponent(token)}`;

/**
 * Creates an invitation and answers its link once: only the token's hash is stored, so the link
 * cannot be shown again later.
 */
export async function inviteByEmail(
  db: Db,
  actorUserId: string,
  input: unknown,
): Promise<AdminResult<{ path: string; email: string; expiresAt: string }>> {
  const parsed = invitationInputSchema.safeParse(input);
  if (!parsed.success) return adminFailure("ValidationFailed", msg("auth.invitation.checkEmail"), fieldErrorsFrom(parsed.error));
  const created = await createInvitation(db, { email: parsed.data.email, createdBy: actorUserId });
  if (!created.ok) return adminFailure(created.fieldErrors?.email ? "ValidationFailed" : "InvalidParameter", created.message, created.fieldErrors);
  return {
    ok: true,
    path: invitationPath(created.token),
    email: created.invitation.email,
    expiresAt: created.invitation.expiresAt.toISOString(),
  };
}

export async function revokeInvitation(db: Db, input: unknown): Promise<AdminResult> {
  const parsed = idInputSchema.safeParse(input);
  if (!parsed.success) return adminFailure("InvalidParameter", msg("admin.malformedRequest"));
  if (!(await deleteInvitation(db, parsed.data.id))) {
    return adminFailure("InvitationNotFound", msg("admin.invitations.alreadyRevoked"));
  }
  return { ok: true };
}
