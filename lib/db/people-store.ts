import "server-only";

import { asc, eq, max } from "drizzle-orm";

import { account, session, user } from "./schema";
import type { Db } from "./types";

// SQL of the admin page's people list: who exists, how they sign in, when they were last seen,
// and the disabled flag.

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  disabled: boolean;
  createdAt: Date;
  /** better-auth provider ids of the person's accounts: "credential" (local), "oidc", … */
  providers: string[];
  /** The latest activity of any of their sessions (created or refreshed), or null: never. */
  lastSeenAt: Date | null;
}

export async function listPeople(db: Db): Promise<PersonRow[]> {
  const [users, sessions, accounts] = await Promise.all([
    db.select().from(user).orderBy(asc(user.name), asc(user.email)),
    db
      .select({ userId: session.userId, updated: max(session.updatedAt), created: max(session.createdAt) })
      .from(session)
      .groupBy(session.userId),
    db
      .selectDistinct({ userId: account.userId, providerId: account.providerId })
      .from(account)
      .orderBy(asc(account.providerId)),
  ]);
  const lastSeen = new Map(
    sessions.map((row) => {
      // Drivers differ in whether an aggregate comes back as a Date or a string.
      const times = [row.updated, row.created]
        .filter((t) => t !== null && t !== undefined)
        .map((t) => new Date(t as Date | string).getTime())
        .filter((t) => !Number.isNaN(t));
      return [row.userId, times.length ? new Date(Math.max(...times)) : null];
    }),
  );
  const providers = new Map<string, string[]>();
  for (const row of accounts) providers.set(row.userId, [...(providers.get(row.userId) ?? []), row.providerId]);
  return users.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    isAdmin: row.role === "admin",
    disabled: row.disabled,
    createdAt: row.createdAt,
    providers: providers.get(row.id) ?? [],
    lastSeenAt: lastSeen.get(row.id) ?? null,
  }));
}

export async function readPersonName(
  db: Db,
  userId: string,
): Promise<{ id: string; name: string; email: string } | undefined> {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(eq(user.id, userId));
  return row;
}

/**
 * Disables or enables a person. Disabling also ends every session they hold, so the change is
 * felt at their next request even by code that only looks at the session row.
 * Returns false when there is no such person.
 */
export async function setPersonDisabled(db: Db, userId: string, disabled: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(user)
      .set({ disabled })
      .where(eq(user.id, userId))
      .returning({ id: user.id });
    if (updated.length === 0) return false;
    if (disabled) await tx.delete(session).where(eq(session.userId, userId));
    return true;
  });
}
