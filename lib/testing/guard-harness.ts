import { asc } from "drizzle-orm";

import { createGuard } from "@/lib/access/guard-core";
import { createRouteGuard } from "@/lib/access/guard-routes";
import type { GuardDeps } from "@/lib/access/guard-types";
import type { PortalSession } from "@/lib/auth/session";
import { upsertGrant } from "@/lib/db/access-store";
import { auditLog, user } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { EsaError } from "@/lib/esa/errors";

// The guard built on a test database with a session chosen by the test (the seam in GuardDeps):
// no module patching. Apps are a fixed map of AppId → name; `esaDown` makes the name read fail.

export interface Person {
  id: string;
  name: string;
  isAdmin?: boolean;
  disabled?: boolean;
}

export const TEST_APPS: Record<string, string> = {
  "app-shop-eu": "shop-eu",
  "app-shop-us": "shop-us",
  "app-blog": "blog",
};

export function sessionFor(person: Person): PortalSession {
  return {
    sessionId: `s-${person.id}`,
    userId: person.id,
    name: person.name,
    email: `${person.id}@example.com`,
    isAdmin: person.isAdmin ?? false,
    signsInWith: "local",
    groups: [],
    expiresAt: new Date(Date.now() + 3_600_000),
  };
}

export async function addPerson(db: Db, person: Person): Promise<void> {
  await db.insert(user).values({
    id: person.id,
    name: person.name,
    email: `${person.id}@example.com`,
    role: person.isAdmin ? "admin" : "user",
    disabled: person.disabled ?? false,
  });
}

export async function grantRole(
  db: Db,
  userId: string,
  role: "viewer" | "submitter" | "releaser",
  appPattern: string,
): Promise<void> {
  await upsertGrant(db, { subjectKind: "user", subjectId: userId, role, appPattern });
}

export function createGuardHarness(db: Db) {
  const state = {
    session: null as PortalSession | null,
    headers: new Headers({ "x-forwarded-for": "198.51.100.4, 10.0.0.1", "user-agent": "vitest" }),
    esaDown: false,
    appReads: 0,
  };
  const deps: GuardDeps = {
    requestHeaders: async () => state.headers,
    readSession: async () => state.session,
    db: async () => db,
    async appName(appId) {
      state.appReads += 1;
      if (state.esaDown) {
        throw new EsaError({
          kind: "network",
          code: "ECONNREFUSED",
          message: "ESA is unreachable.",
        });
      }
      return TEST_APPS[appId] ?? null;
    },
  };
  const guard = createGuard(deps);
  const routes = createRouteGuard(guard, deps);
  return {
    state,
    guard,
    routes,
    signIn(person: Person | null) {
      state.session = person ? sessionFor(person) : null;
    },
    auditRows: () => db.select().from(auditLog).orderBy(asc(auditLog.id)),
  };
}
