import "server-only";

import { createHash, randomBytes } from "node:crypto";

import {
  consumeInvitation,
  findInvitationByTokenHash,
  findUserIdByEmail,
  insertInvitation,
  type InvitationRow,
} from "@/lib/db/identity-store";
import type { Db } from "@/lib/db/types";
import { msg } from "@/lib/i18n/message-ref";

import {
  fieldErrorsOf,
  invitationAcceptSchema,
  localAccountSchema,
  type FieldErrors,
} from "./account-schema";
import { hashLocalPassword } from "./passwords";

export const DEFAULT_INVITATION_HOURS = 72;
const MAX_INVITATION_HOURS = 24 * 30;

const REFUSALS = {
  unknown: msg("auth.invitation.unknown"),
  used: msg("auth.invitation.used"),
  expired: msg("auth.invitation.expired"),
  "email-taken": msg("auth.invitation.emailTaken"),
} as const;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type CreateInvitationResult =
  | { ok: true; token: string; invitation: InvitationRow }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

/**
 * Creates a single-use invitation. The token goes into the link shown to the administrator once;
 * only its sha256 is stored, so a database reader cannot use an open invitation.
 */
export async function createInvitation(
  db: Db,
  input: { email: string; createdBy: string; validHours?: number },
  now = new Date(),
): Promise<CreateInvitationResult> {
  const email = localAccountSchema.shape.email.safeParse(input.email);
  if (!email.success) {
    return {
      ok: false,
      message: msg("auth.invitation.checkEmail"),
      fieldErrors: fieldErrorsOf(email.error),
    };
  }
  const hours = input.validHours ?? DEFAULT_INVITATION_HOURS;
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_INVITATION_HOURS) {
    return { ok: false, message: msg("auth.invitation.validHours", { max: MAX_INVITATION_HOURS }) };
  }
  if (await findUserIdByEmail(db, email.data)) {
    return {
      ok: false,
      message: REFUSALS["email-taken"],
      fieldErrors: { email: REFUSALS["email-taken"] },
    };
  }
  const token = randomBytes(32).toString("base64url");
  const invitation = await insertInvitation(db, {
    tokenHash: hashToken(token),
    email: email.data,
    expiresAt: new Date(now.getTime() + hours * 3_600_000),
    createdBy: input.createdBy,
  });
  return { ok: true, token, invitation };
}


const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * What an invitation link leads to, without using it: the email it is for while it is open, or
 * the sentence saying why it cannot be used (unknown, used, expired).
 */
export async function inspectInvitation(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ ok: true; email: string; expiresAt: Date } | { ok: false; message: string }> {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, message: REFUSALS.unknown };
  const row = await findInvitationByTokenHash(db, hashToken(token));
  if (!row) return { ok: false, message: REFUSALS.unknown };
  if (row.usedAt) return { ok: false, message: REFUSALS.used };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, message: REFUSALS.expired };
  return { ok: true, email: row.email, expiresAt: row.expiresAt };
}

export type AcceptInvitationResult =
  | { ok: true; userId: string; email: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

/** Creates the invited person's local account; the invitation works once, before it expires. */
export async function acceptInvitation(
  db: Db,
  input: { token: string; name: string; password: string },
  now = new Date(),
): Promise<AcceptInvitationResult> {
  const parsed = invitationAcceptSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      message: msg("auth.checkFields"),
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  if (!TOKEN_SHAPE.test(input.token)) {
    return { ok: false, message: REFUSALS.unknown, fieldErrors: { token: REFUSALS.unknown } };
  }
  const result = await consumeInvitation(
    db,
    hashToken(input.token),
    { name: parsed.data.name, passwordHash: await hashLocalPassword(parsed.data.password) },
    now,
  );
  if (!result.ok) return { ok: false, message: REFUSALS[result.reason] };
  return { ok: true, userId: result.userId, email: result.invitation.email };
}
