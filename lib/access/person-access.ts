import "server-only";

import { z } from "zod";

import {
  DEFAULT_GRANT_SETTING,
  deleteSetting,
  listGrantsForSubjects,
  readSetting,
  readUserGroups,
  readUserStanding,
  writeSetting,
} from "@/lib/db/access-store";
import type { SessionAndAccess } from "@/lib/auth/session";
import type { Db } from "@/lib/db/types";

import { appPatternProblem, type AppRef } from "./app-pattern";
import { roleOnApp, type DefaultGrant, type GrantRule, type Person } from "./resolve-role";
import { APP_ROLES, type AppRole } from "./roles";

export { DEFAULT_GRANT_SETTING };

const defaultGrantSchema = z
  .object({
    role: z.enum(APP_ROLES),
    appPattern: z.string().superRefine((value, ctx) => {
      const problem = appPatternProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  })
  .nullable();

/** The stored default-grant setting as a grant; a hand-edited, unreadable one grants nothing
 * rather than something unintended. */
function defaultGrantOf(value: unknown): DefaultGrant | null {
  const parsed = defaultGrantSchema.safeParse(value ?? null);
  return parsed.success ? parsed.data : null;
}

export async function readDefaultGrant(db: Db): Promise<DefaultGrant | null> {
  return defaultGrantOf(await readSetting(db, DEFAULT_GRANT_SETTING));
}

export async function writeDefaultGrant(
  db: Db,
  value: DefaultGrant | null,
  updatedBy: string | null,
): Promise<void> {
  // null removes the default grant: new people then have no access until granted.
  const parsed = defaultGrantSchema.parse(value);
  if (parsed === null) await deleteSetting(db, DEFAULT_GRANT_SETTING);
  else await writeSetting(db, DEFAULT_GRANT_SETTING, parsed, updatedBy);
}

/** Everything needed to answer "which role on which app" for one request, read fresh. */
export interface PersonAccess {
  person: Person;
  grants: GrantRule[];
  defaultGrant: DefaultGrant | null;
  /** The person's role on an app, or null when they may not even view it. */
  roleOn(app: AppRef): AppRole | null;
}

function personAccess(
  person: Person,
  grants: GrantRule[],
  defaultGrant: DefaultGrant | null,
): PersonAccess {
  return {
    person,
    grants,
    defaultGrant,
    roleOn: (app) => roleOnApp(person, grants, app, defaultGrant),
  };
}

/**
 * A person's access from the rows read with their session (lib/auth/session.ts
 * readSessionAndAccess, the same statement, this request): null for a disabled user.
 */
export function personAccessFromSession({ row }: SessionAndAccess): PersonAccess | null {
  if (row.disabled) return null;
  const person: Person = { userId: row.userId, groups: row.groups, isAdmin: row.role === "admin" };
  // Roles outside APP_ROLES cannot be stored (grant_role_check), so the cast only narrows text.
  const grants = row.grants.map((g) => ({ ...g, role: g.role as AppRole }));
  return personAccess(person, grants, defaultGrantOf(row.defaultGrant));
}

/**
 * Loads a person's standing, groups and grants. Returns null for an unknown or disabled user:
 * they have no access at all, whatever their session says.
 */
export async function loadPersonAccess(db: Db, userId: string): Promise<PersonAccess | null> {
  const standing = await readUserStanding(db, userId);
  if (!standing || standing.disabled) return null;
  const groups = await readUserGroups(db, userId);
  const person: Person = { userId, groups, isAdmin: standing.role === "admin" };
  const [grants, defaultGrant] = await Promise.all([
    listGrantsForSubjects(db, userId, groups),
    readDefaultGrant(db),
  ]);
  return personAccess(person, grants, defaultGrant);
}
