import "server-only";

import { randomBytes } from "node:crypto";

import { and, count, eq, gt, isNull, sql } from "drizzle-orm";

import { account, instanceSecret, invitation, signInThrottle, user } from "./schema";
import type { Db, DbOrTx } from "./types";

// SQL of local identities created outside better-auth's own endpoints (first administrator,
// invitations), the generated auth secret, and the per-account sign-in throttle.

/** Advisory transaction lock taken while creating the first administrator. */
const FIRST_RUN_LOCK_KEY = 7_140_511_002;

export type InvitationRow = typeof invitation.$inferSelect;

const newId = () => randomBytes(18).toString("base64url");

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(user);
  return Number(row?.n ?? 0);
}

export interface NewLocalUser {
  email: string;
  name: string;
  passwordHash: string;
  role: "admin" | "member";
}

async function insertLocalUser(tx: DbOrTx, input: NewLocalUser, now: Date): Promise<string> {
  const userId = newId();
  await tx.insert(user).values({
    id: userId,
    name: input.name,
    email: input.email,
    emailVerified: false,
    role: input.role,
    createdAt: now,
    updatedAt: now,
  });
  // The same shape better-auth's email sign-up writes: provider "credential", accountId = user id.
  await tx.insert(account).values({
    id: newId(),
    accountId: userId,
    providerId: "credential",
    userId,
    password: input.passwordHash,
    createdAt: now,
    updatedAt: now,
  });
  return userId;
}

/**
 * Creates the first administrator only while the user table is empty; instances racing here
 * queue on an advisory transaction lock and the later ones find a user. Returns the new user's
 * id, or null when someone exists already.
 */
export async function insertFirstAdmin(
  db: Db,
  input: Omit<NewLocalUser, "role">,
): Promise<string | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_RUN_LOCK_KEY})`);
    if ((await countUsers(tx)) > 0) return null;
    return insertLocalUser(tx, { ...input, role: "admin" }, new Date());
  });
}

export async function findUserIdByEmail(db: DbOrTx, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  return row?.id;
}

export async function insertInvitation(
  db: Db,
  input: { tokenHash: string; email: string; expiresAt: Date; createdBy: string | null },
): Promise<InvitationRow> {
  const [row] = await db.insert(invitation).values(input).returning();
  if (!row) throw new Error("The invitation was not stored.");
  return row;
}

export async function findInvitationByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(invitation).where(eq(invitation.tokenHash, tokenHash));
  return row;
}

export type ConsumeInvitationResult =
  | { ok: true; userId: string; invitation: InvitationRow }
  | { ok: false; reason: "unknown" | "used" | "expired" | "email-taken" };

/**
 * Uses an invitation once: locks its row, checks it is unused and unexpired, creates the local
 * account and marks the invitation used, all in one transaction.
 */
export async function consumeInvitation(
  db: Db,
  tokenHash: string,
  account: { name: string; passwordHash: string },
  now = new Date(),
): Promise<ConsumeInvitationResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitation)
      .where(eq(invitation.tokenHash, tokenHash))
      .for("update");
    if (!row) return { ok: false, reason: "unknown" };
    if (row.usedAt) return { ok: false, reason: "used" };
    if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
    if (await findUserIdByEmail(tx, row.email)) return { ok: false, reason: "email-taken" };
    const userId = await insertLocalUser(
      tx,
      { email: row.email, name: account.name, passwordHash: account.passwordHash, role: "member" },
      now,
    );
    const [used] = await tx
      .update(invitation)
      .set({ usedAt: now, usedBy: userId })
      .where(and(eq(invitation.id, row.id), isNull(invitation.usedAt)))
      .returning();
    if (!used) throw new Error("The invitation changed while it was being used.");
    return { ok: true, userId, invitation: used };
  });
}

/** Open invitations (unused, unexpired), newest first. */
export function listOpenInvitations(db: Db, now = new Date()): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitation)
    .where(and(isNull(invitation.usedAt), gt(invitation.expiresAt, now)))
    .orderBy(sql`${invitation.createdAt} desc`);
}

export async function deleteInvitation(db: Db, id: number): Promise<boolean> {
  const rows = await db.delete(invitation).where(eq(invitation.id, id)).returning();
  return rows.length > 0;
}

/** The named generated secret, created on first use; concurrent instances agree on one value. */
export async function readOrCreateInstanceSecret(
  db: Db,
  name: string,
  generate: () => string,
): Promise<string> {
  await db.insert(instanceSecret).values({ name, value: generate() }).onConflictDoNothing();
  const [row] = await db
    .select({ value: instanceSecret.value })
    .from(instanceSecret)
    .where(eq(instanceSecret.name, name));
  if (!row) throw new Error(`The instance secret ${name} could not be stored.`);
  return row.value;
}

/**
 * Counts one sign-in attempt for `key` in a window of `windowMs` and returns the attempts in the
 * current window, atomically (one upsert), so instances share the count.
 */
export async function countSignInAttempt(
  db: Db,
  key: string,
  windowMs: number,
  now = new Date(),
): Promise<number> {
  const windowOpen = new Date(now.getTime() - windowMs);
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, count: 1, windowStart: now })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        count: sql`case when ${signInThrottle.windowStart} <= ${windowOpen} then 1 else ${signInThrottle.count} + 1 end`,
        windowStart: sql`case when ${signInThrottle.windowStart} <= ${windowOpen} then ${now} else ${signInThrottle.windowStart} end`,
      },
    })
    .returning({ count: signInThrottle.count });
  return row?.count ?? 1;
}
