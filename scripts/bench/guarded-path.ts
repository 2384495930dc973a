import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { createGuard } from "@/lib/access/guard-core";
import { personAccessFromSession } from "@/lib/access/person-access";
import { appActionPolicy } from "@/lib/access/policy";
import { createFirstAdmin } from "@/lib/auth/first-run";
import { readSession, readSessionAndAccess } from "@/lib/auth/session";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import type { DatabaseTarget } from "@/lib/db/types";
import { appNameOf, forgetAppName } from "@/lib/esa/app-names";
import { afterVersionCreated, readCreateLibraryInput } from "@/lib/library/after-create";
import { trackOperation } from "@/lib/ops/in-flight";
import { versionAuditSubject } from "@/lib/submit/audit-subject";
import { submitVersion } from "@/lib/submit/submit-version";
import { median } from "./stats";
import { authRequest, cookiesOf, createTestAuth, requestHeaders } from "@/lib/testing/test-auth";

// Our create as the server action runs it (app/apps/[appId]/versions/new/actions.ts,
// createVersionFromBaseAction), driven outside Next through the guard's seam
// (lib/access/guard-core.ts createGuard with injected deps, as lib/access/guard-core.test.ts does):
//  - session and access read: the REAL one (lib/auth/session.ts readSessionAndAccess: the signed
//    cookie checked, then session, user, groups, accounts, grants and the default grant in one
//    statement; better-auth's getSession when it must refresh or expire the session) for a cookie
//    from a real better-auth sign-in on the same database;
//  - role resolution: the grants read with the session, and the app's name from ESA
//    (GetEdgeContainerApp, signed, to the same sandbox) remembered per process
//    (lib/esa/app-names.ts), as lib/access/guard.ts does;
//  - the handler: audit subject, library input, trackOperation, submitVersion (input gate and
//    schema validation, the create's claim in the database, signing, the request), the
//    after-create bookkeeping; then the audit row (hash chain) for the outcome.
// Left out: Next's own work around an action (decoding the request, the flight answer) and
// `headers()`: the request headers are handed in as a ready Headers object.

export const GUARDED_PATH_INCLUDES =
  "real session + grants read (one statement) + app name (ESA, remembered per process) + claim + validation + signing + request + audit row; Next's request decoding excluded";

const ADMIN = { name: "Bench Admin", email: "bench@example.com", password: "bench-password-1" };

export type GuardedPath = {
  create: (input: Record<string, unknown>) => Promise<void>;
  /** Median ms per create of each part: where our time goes (warm-up calls included). */
  phases: () => Record<string, number>;
  close: () => Promise<void>;
};

/** `pg`: a PostgreSQL URL; otherwise PGlite in a fresh folder on disk, as the product keeps it. */
export async function openGuardedPath(pgUrl?: string): Promise<GuardedPath> {
  const folder = pgUrl ? null : mkdtempSync(join(os.tmpdir(), "studio-bench-pglite-"));
  const target: DatabaseTarget = pgUrl
    ? { driver: "pg", url: pgUrl }
    : { driver: "pglite", dataDir: folder! };
  const handle = await openDatabase(target);
  await migrateDatabase(handle);
  const { db } = handle;
  const auth = createTestAuth(db);
  const admin = await createFirstAdmin(db, ADMIN);
  if (!admin.ok) throw new Error(`the benchmark's administrator: ${admin.message}`);
  const signedIn = await authRequest(auth, "/sign-in/email", {
    email: ADMIN.email,
    password: ADMIN.password,
  });
  if (signedIn.status !== 200) throw new Error(`sign-in answered ${signedIn.status}`);
  const headers = requestHeaders(cookiesOf(signedIn));
  headers.set("x-forwarded-for", "198.51.100.4");
  headers.set("user-agent", "version-studio-bench");
  if (!(await readSession(auth, db, headers)))
    throw new Error("the session cookie is not accepted");

  const spent = { session: 0, appName: 0, submit: 0 };
  const samples: Record<string, number[]> = { session: [], appName: [], submit: [], rest: [] };
  const timed =
    <A extends unknown[], R>(part: keyof typeof spent, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const start = performance.now();
      try {
        return await fn(...args);
      } finally {
        spent[part] += performance.now() - start;
      }
    };
  const guard = createGuard({
    requestHeaders: async () => headers,
    readSession: timed("session", (h: Headers) => readSession(auth, db, h)),
    readActor: timed("session", async (h: Headers) => {
      const read = await readSessionAndAccess(auth, db, h);
      return read && { session: read.session, access: personAccessFromSession(read) };
    }),
    db: async () => db,
    // As guard.ts: remembered per process (lib/esa/app-names.ts); the first create asks ESA.
    appName: timed("appName", (appId: string) => appNameOf(appId)),
    appGone: forgetAppName,
  });
  const submit = timed("submit", (input: unknown) => submitVersion(input, { db }));

  const create = async (input: Record<string, unknown>) => {
    Object.assign(spent, { session: 0, appName: 0, submit: 0 });
    const start = performance.now();
    const subject = versionAuditSubject(input, null);
    const extra = await readCreateLibraryInput(db, undefined);
    const result = await trackOperation("create", () =>
      guard.withAppAction(
        { ...appActionPolicy("version.create"), ...subject, payload: subject.payload },
        async (actor) => {
          const created = await submit(input);
          if (created.ok && subject.target) {
            const version = { versionId: created.versionId, name: subject.target };
            await afterVersionCreated(db, actor, version, null, extra);
          }
          return created;
        },
      ),
    );
    if (!result.ok) throw new Error(`guarded path failed: ${result.code} ${result.message}`);
    const total = performance.now() - start;
    for (const part of ["session", "appName", "submit"] as const) samples[part]!.push(spent[part]);
    samples.rest!.push(total - spent.session - spent.appName - spent.submit);
  };
  return {
    create,
    phases: () =>
      Object.fromEntries(Object.entries(samples).map(([part, ms]) => [part, median(ms)])),
    close: async () => {
      await handle.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}
