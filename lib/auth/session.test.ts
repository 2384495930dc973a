import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { personAccessFromSession } from "@/lib/access/person-access";
import { upsertGrant, writeSetting, writeUserGroups } from "@/lib/db/access-store";
import type { DatabaseHandle } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows";
import type { Db } from "@/lib/db/types";
import { authRequest, cookiesOf, createTestAuth, requestHeaders } from "@/lib/testing/test-auth";
import { openTestDatabase } from "@/lib/testing/test-database";

import { createFirstAdmin } from "./first-run";
import type { Auth } from "./instance";
import { readSessionAndAccess } from "./session";

// The guard's one-statement read of the session and the person's access: everything it answers
// is read from the database on this request, so sign-out, a disabled account or a removed grant
// count at the very next read, and better-auth still expires and refreshes sessions.

let handle: DatabaseHandle;
let db: Db;
let auth: Auth;
let userId: string;
let cookie: string;

const person = { email: "ada@example.com", name: "Ada", password: "correct horse battery" };
const shop = { id: "app-1", name: "shop-eu" };
const blog = { id: "app-2", name: "blog" };
const DAY = 86_400_000;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  auth = createTestAuth(db);
}, 120_000);
afterAll(() => handle.close(), 60_000);

beforeEach(async () => {
  await db.execute(
    sql`truncate "user", session, account, verification, rate_limit, sign_in_throttle, "grant", setting, user_groups cascade`,
  );
  const created = await createFirstAdmin(db, person);
  if (!created.ok) throw new Error(created.message);
  userId = created.userId;
  // A member, so that grants (not the administrator's role) decide.
  await db.execute(sql`update "user" set role = 'member' where id = ${userId}`);
  const signedIn = await authRequest(auth, "/sign-in/email", person);
  cookie = cookiesOf(signedIn);
}, 60_000);

const read = () => readSessionAndAccess(auth, db, requestHeaders(cookie));
const roleOn = async (app: { id: string; name: string }) => {
  const found = await read();
  return found ? personAccessFromSession(found)?.roleOn(app) : undefined;
};

describe("readSessionAndAccess", { timeout: 60_000 }, () => {
  it("reads the person, their grants, their groups' grants and the default grant", async () => {
    await upsertGrant(db, {
      subjectKind: "user",
      subjectId: userId,
      role: "viewer",
      appPattern: "shop-*",
    });
    await writeUserGroups(db, userId, ["ops"]);
    await upsertGrant(db, {
      subjectKind: "group",
      subjectId: "ops",
      role: "submitter",
      appPattern: "shop-eu",
    });
    await upsertGrant(db, {
      subjectKind: "group",
      subjectId: "other",
      role: "releaser",
      appPattern: "*",
    });
    const found = await read();
    expect(found?.session).toMatchObject({
      userId,
      email: person.email,
      isAdmin: false,
      signsInWith: "local",
      groups: ["ops"],
    });
    expect(await roleOn(shop)).toBe("submitter");
    expect(await roleOn(blog)).toBeNull();
    await writeSetting(db, "access.defaultGrant", { role: "viewer", appPattern: "*" }, null);
    expect(await roleOn(blog)).toBe("viewer");
  });

  it("stops at once when the grant is removed, the session is signed out or the person disabled", async () => {
    await upsertGrant(db, {
      subjectKind: "user",
      subjectId: userId,
      role: "submitter",
      appPattern: "*",
    });
    expect(await roleOn(shop)).toBe("submitter");
    await db.execute(sql`delete from "grant"`);
    expect(await roleOn(shop)).toBeNull();

    await db.execute(sql`update "user" set disabled = true where id = ${userId}`);
    expect(await read()).toBeNull();
    await db.execute(sql`update "user" set disabled = false where id = ${userId}`);
    expect(await read()).not.toBeNull();

    await db.execute(sql`delete from session where user_id = ${userId}`);
    expect(await read()).toBeNull();
  });

  it("refuses a cookie whose signature is not ours", async () => {
    const [name, value] = cookie.split("=") as [string, string];
    const token = decodeURIComponent(value).split(".")[0]!;
    const forged = `${name}=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`;
    expect(await readSessionAndAccess(auth, db, requestHeaders(forged))).toBeNull();
    expect(await readSessionAndAccess(auth, db, requestHeaders(`${name}=${token}`))).toBeNull();
  });

  it("leaves an expired session to better-auth, which ends it", async () => {
    await db.execute(sql`update session set expires_at = now() - interval '1 minute'`);
    expect(await read()).toBeNull();
    // better-auth deleted the expired row.
    expect(await rowsOf(db, sql`select id from session`)).toHaveLength(0);
  });

  it("lets better-auth slide a session that is due for its refresh", async () => {
    // Signed in six days ago: past better-auth's updateAge (one day) of a seven-day session.
    const due = new Date(Date.now() + DAY);
    await db.execute(sql`update session set expires_at = ${due.toISOString()}::timestamptz`);
    const found = await read();
    expect(found?.session.userId).toBe(userId);
    expect(found!.session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
  });
});
