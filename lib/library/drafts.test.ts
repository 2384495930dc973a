import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import { serverDraft } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { addPerson, createGuardHarness } from "@/lib/testing/guard-harness";
import { allInEnglish } from "@/lib/testing/i18n";
import { openTestDatabase } from "@/lib/testing/test-database";
import { emptyVersionForm } from "@/lib/version/defaults";

import { pruneDraftsNow } from "./draft-retention";
import { keepDraftCopy, listMyDrafts, loadServerDraft, removeStartDraft, saveServerDraft } from "./drafts";

// Drafts on the server (PGlite in memory, or PostgreSQL with TEST_DATABASE_URL): per person ×
// app × base × copy, revision-checked saves, copies that keep both sides, pruning.

let handle: DatabaseHandle;
let db: Db;
let harness: ReturnType<typeof createGuardHarness>;

const APP = "app-shop-eu";
const ada = { id: "u-ada", name: "Ada" };
const bob = { id: "u-bob", name: "Bob" };
const base = { versionId: "ver-1", label: "v1 (ver-1)" };

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  harness = createGuardHarness(db);
}, 120_000);
afterAll(() => handle.close(), 60_000);

beforeEach(async () => {
  await db.execute(sql`truncate "user", audit_log, server_draft cascade`);
  await db.execute(
    sql`update audit_chain set head_id = 0, head_hash = repeat('0', 64), genesis_hash = repeat('0', 64), pruned_through_id = 0`,
  );
  await addPerson(db, ada);
  await addPerson(db, bob);
});

const values = (name: string) => ({ ...emptyVersionForm(APP), name });
const save = (userId: string, name: string, expectedRevision: number | null, copy = 0) =>
  saveServerDraft(db, userId, APP, { appId: APP, base, copy, values: values(name), expectedRevision });

describe("drafts on the server", { timeout: 60_000 }, () => {
  it("saves against the revision a save started from, and refuses a stale one with the newer draft", async () => {
    expect(await save(ada.id, "first", null)).toMatchObject({ ok: true, revision: 1 });
    expect(await save(ada.id, "second", 1)).toMatchObject({ ok: true, revision: 2 });
    // Another tab that still started from revision 1: refused, and told what is there now.
    const stale = await save(ada.id, "from tab two", 1);
    expect(stale).toMatchObject({ ok: false, code: "Conflict", current: { revision: 2, values: { name: "second" } } });
    // A tab that knew of no draft cannot overwrite one either.
    expect(await save(ada.id, "blind", null)).toMatchObject({ ok: false, code: "Conflict" });

    const loaded = await loadServerDraft(db, ada.id, APP, { appId: APP, base, copy: 0 });
    expect(loaded).toMatchObject({ ok: true, draft: { revision: 2, values: { name: "second" }, base } });
  });

  it("keeps each person's drafts apart", async () => {
    await save(ada.id, "ada's", null);
    expect(await save(bob.id, "bob's", null)).toMatchObject({ ok: true, revision: 1 });
    expect((await listMyDrafts(db, bob.id)).map((d) => d.values.name)).toEqual(["bob's"]);
    expect(await loadServerDraft(db, bob.id, APP, { appId: APP, base: null, copy: 0 })).toEqual({ ok: true, draft: null });
  });

  it("keeps a copy beside the draft so that neither side of a conflict is lost", async () => {
    await save(ada.id, "theirs", null);
    const copy = await keepDraftCopy(db, ada.id, APP, { appId: APP, base, copy: 0, values: values("mine"), expectedRevision: null });
    expect(copy).toMatchObject({ ok: true, draft: { copy: 1, revision: 1 } });
    const again = await keepDraftCopy(db, ada.id, APP, { appId: APP, base, copy: 0, values: values("mine 2"), expectedRevision: null });
    expect(again).toMatchObject({ ok: true, draft: { copy: 2 } });
    expect((await listMyDrafts(db, ada.id)).map((d) => [d.copy, d.values.name]).sort()).toEqual([
      [0, "theirs"],
      [1, "mine"],
      [2, "mine 2"],
    ]);
    // A confirmed create removes the draft of that start; the copies stay.
    await removeStartDraft(db, ada.id, APP, base.versionId);
    expect((await listMyDrafts(db, ada.id)).map((d) => d.copy).sort()).toEqual([1, 2]);
  });

  it("refuses a draft for another app than the authorized one, and damaged values", async () => {
    const other = await saveServerDraft(db, ada.id, APP, { appId: "app-blog", base: null, copy: 0, values: values("x"), expectedRevision: null });
    expect(other).toMatchObject({ ok: false, code: "ValidationFailed" });
    const damaged = await saveServerDraft(db, ada.id, APP, {
      appId: APP,
      base: null,
      copy: 0,
      values: { containers: "not a list" },
      expectedRevision: null,
    });
    expect(allInEnglish(damaged)).toMatchObject({
      ok: false,
      code: "ValidationFailed",
      message: expect.stringMatching(/^The draft cannot be kept: .*containers/),
    });
  });

  it("prunes drafts untouched for the retention period, with an audit row", async () => {
    await save(ada.id, "old", null);
    await save(ada.id, "fresh", null, 1);
    const now = new Date();
    await db.update(serverDraft).set({ updatedAt: new Date(now.getTime() - 31 * 86_400_000) }).where(sql`${serverDraft.copy} = 0`);
    expect(await pruneDraftsNow(db, 30, now)).toBe(1);
    expect((await listMyDrafts(db, ada.id)).map((d) => d.values.name)).toEqual(["fresh"]);
    const rows = await harness.auditRows();
    expect(rows.map((r) => [r.action, r.actorKind, r.payload])).toEqual([["draft.prune", "system", { pruned: 1, olderThanDays: 30 }]]);
  });
});
