import "server-only";

import { and, asc, eq, inArray, or } from "drizzle-orm";

import { account, grant, setting, user, userGroups } from "./schema";
import type { Db } from "./types";

// SQL of who may do what: grants, settings, and the OIDC groups last seen per person.

/** The setting that holds the default grant (lib/access/person-access.ts reads and writes it). */
export const DEFAULT_GRANT_SETTING = "access.defaultGrant";

export type GrantRow = typeof grant.$inferSelect;
export type NewGrant = Pick<GrantRow, "subjectKind" | "subjectId" | "role" | "appPattern"> & {
  createdBy?: string | null;
};

/** Grants to this user or to any of these groups. */
export function listGrantsForSubjects(
  db: Db,
  userId: string,
  groups: readonly string[],
): Promise<GrantRow[]> {
  const toUser = and(eq(grant.subjectKind, "user"), eq(grant.subjectId, userId));
  const toGroups =
    groups.length > 0
      ? and(eq(grant.subjectKind, "group"), inArray(grant.subjectId, [...groups]))
      : undefined;
  return db
    .select()
    .from(grant)
    .where(toGroups ? or(toUser, toGroups) : toUser)
    .orderBy(asc(grant.id));
}

export function listAllGrants(db: Db): Promise<GrantRow[]> {
  return db.select().from(grant).orderBy(asc(grant.id));
}

/** Adds a grant, or changes the role of the same subject's grant on the same pattern. */
export async function upsertGrant(db: Db, input: NewGrant): Promise<GrantRow> {
  const [row] = await db
    .insert(grant)
    .values({ ...input, createdBy: input.createdBy ?? null })
    .onConflictDoUpdate({
      target: [grant.subjectKind, grant.subjectId, grant.appPattern],
      set: { role: input.role },
    })
    .returning();
  if (!row) throw new Error("The grant was not stored.");
  return row;
}

export async function deleteGrant(db: Db, id: number): Promise<GrantRow | undefined> {
  const [row] = await db.delete(grant).where(eq(grant.id, id)).returning();
  return row;
}

export async function readSetting(db: Db, key: string): Promise<unknown> {
  const [row] = await db.select({ value: setting.value }).from(setting).where(eq(setting.key, key));
  return row?.value;
}

export async function writeSetting(
  db: Db,
  key: string,
  value: unknown,
  updatedBy: string | null,
): Promise<void> {
  const now = new Date();
  await db
    .insert(setting)
    .values({ key, value, updatedAt: now, updatedBy })
    .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: now, updatedBy } });
}

export async function deleteSetting(db: Db, key: string): Promise<void> {
  await db.delete(setting).where(eq(setting.key, key));
}

export async function readUserGroups(db: Db, userId: string): Promise<string[]> {
  const [row] = await db
    .select({ groups: userGroups.groups })
    .from(userGroups)
    .where(eq(userGroups.userId, userId));
  return row?.groups ?? [];
}

export async function writeUserGroups(db: Db, userId: string, groups: string[]): Promise<void> {
  const now = new Date();
  await db
    .insert(userGroups)
    .values({ userId, groups, updatedAt: now })
    .onConflictDoUpdate({ target: userGroups.userId, set: { groups, updatedAt: now } });
}

/** Role and disabled flag, read on every request so a change applies at the next one. */
export async function readUserStanding(
  db: Db,
  userId: string,
): Promise<{ role: string; disabled: boolean } | undefined> {
  const [row] = await db
    .select({ role: user.role, disabled: user.disabled })
    .from(user)
    .where(eq(user.id, userId));
  return row;
}

/** The ID token stored by the last sign-in through a provider (better-auth's account row). */
export async function readIdToken(
  db: Db,
  userId: string,
  providerId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ idToken: account.idToken })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, providerId)));
  return row?.idToken ?? null;
}

export async function readGrant(db: Db, id: number): Promise<GrantRow | undefined> {
  const [row] = await db.select().from(grant).where(eq(grant.id, id));
  return row;
}
