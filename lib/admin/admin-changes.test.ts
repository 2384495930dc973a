import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { readDefaultGrant } from "@/lib/access/person-access";
import { INVITATION_PATH } from "@/lib/auth/gate-rules";
import { listAllGrants } from "@/lib/db/access-store";
import type { DatabaseHandle } from "@/lib/db/client";
import { listOpenInvitations } from "@/lib/db/identity-store";
import { listPeople } from "@/lib/db/people-store";
import { account, session, user } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { openTestDatabase } from "@/lib/testing/test-database";
import { allInEnglish } from "@/lib/testing/i18n";

import { storedGrantTarget } from "./audit-targets";
import { saveDefaultGrant } from "./default-grant";
import { addGrant, removeGrant } from "./grants";
import { inviteByEmail, revokeInvitation } from "./invitations";
import { changePersonStanding } from "./people";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
}, 120_000);
afterAll(() => handle.close(), 60_000);

beforeEach(async () => {
  await db.execute(sql`truncate "user", session, account, invitation, "grant", setting cascade`);
  await db.insert(user).values([
    { id: "u-root", name: "Root", email: "root@example.com", role: "admin" },
    { id: "u-ada", name: "Ada", email: "ada@example.com" },
    { id: "u-sso", name: "Sam", email: "sam@example.com" },
  ]);
  await db.insert(account).values([
    { id: "a1", accountId: "u-root", providerId: "credential", userId: "u-root", updatedAt: new Date() },
    { id: "a2", accountId: "u-ada", providerId: "credential", userId: "u-ada", updatedAt: new Date() },
    { id: "a3", accountId: "sub-1", providerId: "oidc", userId: "u-sso", updatedAt: new Date() },
  ]);
  await db.insert(session).values([
    { id: "s1", token: "t1", userId: "u-ada", expiresAt: new Date("2027-01-01Z"), createdAt: new Date("2026-11-01T08:00:00Z"), updatedAt: new Date("2026-11-03T08:00:00Z") },
    { id: "s2", token: "t2", userId: "u-ada", expiresAt: new Date("2027-01-01Z"), createdAt: new Date("2026-11-02T08:00:00Z"), updatedAt: new Date("2026-11-02T09:00:00Z") },
  ]);
});

describe("the people list", { timeout: 60_000 }, () => {
  it("says how each person signs in and when their latest session was active", async () => {
    const people = await listPeople(db);
    expect(people.map((p) => [p.name, p.providers, p.isAdmin, p.lastSeenAt?.toISOString() ?? null])).toEqual([
      ["Ada", ["credential"], false, "2026-11-03T08:00:00.000Z"],
      ["Root", ["credential"], true, null],
      ["Sam", ["oidc"], false, null],
    ]);
  });
});

describe("disabling people", { timeout: 60_000 }, () => {
  it("disables a person, ends their sessions, and enables them again", async () => {
    expect(await changePersonStanding(db, "u-root", { userId: "u-ada", disabled: true })).toEqual({
      ok: true,
      userId: "u-ada",
      disabled: true,
    });
    const ada = (await listPeople(db)).find((p) => p.id === "u-ada");
    expect(ada).toMatchObject({ disabled: true, lastSeenAt: null });
    await changePersonStanding(db, "u-root", { userId: "u-ada", disabled: false });
    expect((await listPeople(db)).find((p) => p.id === "u-ada")?.disabled).toBe(false);
  });

  it("refuses to let anyone disable themselves, and names a person who is gone", async () => {
    expect(allInEnglish(await changePersonStanding(db, "u-root", { userId: "u-root", disabled: true }))).toEqual({
      ok: false,
      code: "SelfDisable",
      message: "You cannot disable your own account: ask another administrator.",
    });
    expect((await listPeople(db)).find((p) => p.id === "u-root")?.disabled).toBe(false);
    expect(await changePersonStanding(db, "u-root", { userId: "u-nobody", disabled: true })).toMatchObject({ ok: false });
    expect(await changePersonStanding(db, "u-root", { userId: "u-ada", disabled: "yes" })).toMatchObject({ ok: false });
  });
});

describe("grants", { timeout: 60_000 }, () => {
  it("adds a grant to a person or a group, and deletes it", async () => {
    const added = await addGrant(db, "u-root", { subjectKind: "user", subjectId: "u-ada", role: "submitter", appPattern: "shop-*" });
    expect(added).toMatchObject({ ok: true, grant: { subjectId: "u-ada", role: "submitter", appPattern: "shop-*", createdBy: "u-root" } });
    await addGrant(db, "u-root", { subjectKind: "group", subjectId: "team-ops", role: "viewer", appPattern: "*" });
    expect((await listAllGrants(db)).map((g) => `${g.subjectKind}:${g.subjectId}`)).toEqual(["user:u-ada", "group:team-ops"]);
    const id = added.ok ? added.grant.id : 0;
    expect(await storedGrantTarget(db, { id })).toBe(`#${id} user:u-ada submitter on shop-*`);
    expect(await removeGrant(db, { id })).toMatchObject({ ok: true });
    expect(allInEnglish(await removeGrant(db, { id }))).toMatchObject({ ok: false, message: expect.stringMatching(/already deleted/) });
  });

  it("answers each bad value on its field and stores nothing", async () => {
    expect(allInEnglish(await addGrant(db, "u-root", { subjectKind: "user", subjectId: "", role: "owner", appPattern: "shop/eu" }))).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      code: "ValidationFailed",
      fieldErrors: [
        { path: "subjectId", message: "Choose a person, or enter the OIDC group's name." },
        { path: "role", message: "Choose viewer, submitter or releaser." },
        { path: "appPattern", message: expect.stringMatching(/letters, digits/) },
      ],
    });
    expect(allInEnglish(await addGrant(db, "u-root", { subjectKind: "user", subjectId: "u-gone", role: "viewer", appPattern: "*" }))).toMatchObject({
      ok: false,
      fieldErrors: [{ path: "subjectId", message: expect.stringMatching(/no longer exists/) }],
    });
    expect(await listAllGrants(db)).toEqual([]);
  });
});

describe("invitations", { timeout: 60_000 }, () => {
  it("creates an invitation whose link is answered once and stored only as a hash, and revokes it", async () => {
    const created = await inviteByEmail(db, "u-root", { email: " New@Example.com " });
    expect(created).toMatchObject({ ok: true, email: "new@example.com", path: expect.stringMatching(new RegExp(`^${INVITATION_PATH}/[\\w-]{40,}$`)) });
    const [open] = await listOpenInvitations(db);
    const token = created.ok ? decodeURIComponent(created.path.split("/").at(-1)!) : "";
    expect(JSON.stringify(open)).not.toContain(token);
    expect(await revokeInvitation(db, { id: open!.id })).toEqual({ ok: true });
    expect(await listOpenInvitations(db)).toEqual([]);
  });

  it("answers a bad or taken email on the email field", async () => {
    expect(allInEnglish(await inviteByEmail(db, "u-root", { email: "not an email" }))).toMatchObject({ ok: false, fieldErrors: [{ path: "email", message: expect.stringMatching(/email address/) }] });
    expect(allInEnglish(await inviteByEmail(db, "u-root", { email: "ada@example.com" }))).toMatchObject({ ok: false, fieldErrors: [{ path: "email", message: expect.stringMatching(/already sign in/) }] });
  });
});

describe("the default grant", { timeout: 60_000 }, () => {
  it("sets a role on a pattern, refuses a bad pattern on its field, and goes back to none", async () => {
    expect(await saveDefaultGrant(db, "u-root", { mode: "grant", role: "viewer", appPattern: "*" })).toMatchObject({ ok: true });
    expect(await readDefaultGrant(db)).toEqual({ role: "viewer", appPattern: "*" });
    expect(await saveDefaultGrant(db, "u-root", { mode: "grant", role: "viewer", appPattern: "a b" })).toMatchObject({
      ok: false,
      fieldErrors: [{ path: "appPattern", message: expect.any(String) }],
    });
    expect(await readDefaultGrant(db)).toEqual({ role: "viewer", appPattern: "*" });
    expect(await saveDefaultGrant(db, "u-root", { mode: "none", role: "viewer", appPattern: "a b" })).toMatchObject({ ok: true });
    expect(await readDefaultGrant(db)).toBeNull();
  });
});
