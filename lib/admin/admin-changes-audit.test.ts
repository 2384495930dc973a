import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { readDefaultGrant } from "@/lib/access/person-access";
import { listAllGrants } from "@/lib/db/access-store";
import type { DatabaseHandle } from "@/lib/db/client";
import { listOpenInvitations } from "@/lib/db/identity-store";
import { listPeople } from "@/lib/db/people-store";
import type { Db } from "@/lib/db/types";
import { addPerson, createGuardHarness } from "@/lib/testing/guard-harness";
import { openTestDatabase } from "@/lib/testing/test-database";

import { createAdminChanges } from "./admin-changes";

let handle: DatabaseHandle;
let db: Db;
let harness: ReturnType<typeof createGuardHarness>;
let changes: ReturnType<typeof createAdminChanges>;

const root = { id: "u-root", name: "Root", isAdmin: true };
const ada = { id: "u-ada", name: "Ada" };

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  harness = createGuardHarness(db);
  changes = createAdminChanges(harness.guard.withAdminAction, async () => db);
}, 120_000);
afterAll(() => handle.close(), 60_000);

beforeEach(async () => {
  await db.execute(sql`truncate "user", session, account, invitation, "grant", setting, audit_log cascade`);
  await db.execute(sql`update audit_chain set head_id = 0, head_hash = repeat('0', 64), genesis_hash = repeat('0', 64), pruned_through_id = 0`);
  await addPerson(db, root);
  await addPerson(db, ada);
});

const rows = async () =>
  (await harness.auditRows()).map((row) => ({
    action: row.action,
    actor: row.actorName,
    target: row.target,
    outcome: row.outcome,
    code: row.esaCode,
  }));

describe("admin changes through the guard", { timeout: 60_000 }, () => {
  it("writes one audit row per change, naming what changed", async () => {
    harness.signIn(root);
    const grant = await changes.addGrant({ subjectKind: "user", subjectId: "u-ada", role: "submitter", appPattern: "shop-*" });
    expect(grant).toMatchObject({ ok: true });
    const id = grant.ok && "grant" in grant ? grant.grant.id : 0;
    const invited = await changes.createInvitation({ email: "new@example.com" });
    const [open] = await listOpenInvitations(db);
    await changes.revokeInvitation({ id: open!.id });
    await changes.deleteGrant({ id });
    await changes.saveDefaultGrant({ mode: "grant", role: "viewer", appPattern: "*" });
    await changes.setPersonDisabled({ userId: "u-ada", disabled: true });
    await changes.setPersonDisabled({ userId: "u-ada", disabled: false });
    expect(await rows()).toEqual([
      { action: "grant.add", actor: "Root", target: "user:u-ada submitter on shop-*", outcome: "ok", code: null },
      { action: "invitation.create", actor: "Root", target: "new@example.com", outcome: "ok", code: null },
      { action: "invitation.revoke", actor: "Root", target: `#${open!.id} new@example.com`, outcome: "ok", code: null },
      { action: "grant.delete", actor: "Root", target: `#${id} user:u-ada submitter on shop-*`, outcome: "ok", code: null },
      { action: "setting.default-grant", actor: "Root", target: "access.defaultGrant", outcome: "ok", code: null },
      { action: "user.disable", actor: "Root", target: "Ada <u-ada@example.com> (u-ada)", outcome: "ok", code: null },
      { action: "user.enable", actor: "Root", target: "Ada <u-ada@example.com> (u-ada)", outcome: "ok", code: null },
    ]);
    // The invitation's token is answered once and recorded nowhere.
    const token = invited.ok && "path" in invited ? invited.path.split("/").at(-1)! : "missing";
    const stored = await db.execute(sql`select string_agg(payload::text || coalesce(target, ''), ' ') as all from audit_log`);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("audits a change that fails as failed, with its code", async () => {
    harness.signIn(root);
    expect(await changes.setPersonDisabled({ userId: "u-root", disabled: true })).toMatchObject({ ok: false, code: "SelfDisable" });
    expect(await changes.addGrant({ subjectKind: "group", subjectId: "ops", role: "viewer", appPattern: "bad pattern" })).toMatchObject({
      ok: false,
      fieldErrors: [{ path: "appPattern" }],
    });
    expect(await rows()).toEqual([
      { action: "user.disable", actor: "Root", target: "Root <u-root@example.com> (u-root)", outcome: "failed", code: "SelfDisable" },
      { action: "grant.add", actor: "Root", target: null, outcome: "failed", code: "ValidationFailed" },
    ]);
  });

  it("refuses every change to a non-administrator and to nobody, audited, changing nothing", async () => {
    for (const who of [ada, null]) {
      harness.signIn(who);
      const answers = [
        await changes.addGrant({ subjectKind: "user", subjectId: "u-ada", role: "releaser", appPattern: "*" }),
        await changes.createInvitation({ email: "friend@example.com" }),
        await changes.saveDefaultGrant({ mode: "grant", role: "releaser", appPattern: "*" }),
        await changes.setPersonDisabled({ userId: "u-root", disabled: true }),
        await changes.deleteGrant({ id: 1 }),
        await changes.revokeInvitation({ id: 1 }),
      ];
      for (const answer of answers) {
        expect(answer).toMatchObject(who ? { ok: false, code: "Forbidden", httpStatus: 403 } : { ok: false, code: "NotSignedIn", httpStatus: 401 });
      }
    }
    expect(await listAllGrants(db)).toEqual([]);
    expect(await listOpenInvitations(db)).toEqual([]);
    expect(await readDefaultGrant(db)).toBeNull();
    expect((await listPeople(db)).every((person) => !person.disabled)).toBe(true);
    const audited = await rows();
    expect(audited).toHaveLength(12);
    expect(audited.every((row) => row.outcome === "refused")).toBe(true);
    expect(audited.slice(0, 6).map((row) => [row.actor, row.code])).toEqual(Array(6).fill(["Ada", "Forbidden"]));
    expect(audited.slice(6).map((row) => [row.actor, row.code])).toEqual(Array(6).fill([null, "NotSignedIn"]));
  });
});
