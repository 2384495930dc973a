import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import { startSubmitHarness, type SubmitHarness } from "@/lib/testing/sandbox-submit-harness";
import { openTestDatabase, usesRealPostgres } from "@/lib/testing/test-database";
import { validVersion } from "@/lib/testing/version-fixtures";
import type { VersionForm } from "@/lib/version/schema";

// Two server instances sharing one database (on PostgreSQL in scripts/ci-postgres.sh: two
// connection pools; on PGlite here: one handle), each with its own copy of lib/submit (its own
// in-process map and claim owner id). The same create sent to both at once reaches ESA once.

let h: SubmitHarness;
let db: Awaited<ReturnType<typeof openTestDatabase>>;
let second: DatabaseHandle;
beforeAll(async () => {
  h = await startSubmitHarness();
  db = await openTestDatabase();
  second = usesRealPostgres() ? await db.testDb.openAnother() : db;
}, 120_000);
afterAll(async () => {
  if (second !== db) await second.close();
  await db.close();
  await h.close();
});
beforeEach(() => h.reset());

function version(name: string, image = "busybox:1.36"): VersionForm {
  const v = { ...validVersion(), appId: h.appId, name };
  v.containers[1]!.image = image;
  return v;
}

describe("the same create on two instances at once", () => {
  it("creates one version with one ESA call, and both instances answer with it", async () => {
    const instanceA = h.submitVersion;
    const instanceB = await h.anotherProcess();
    const [a, b] = await Promise.all([
      instanceA(version("two-instances"), { db: db.db }),
      instanceB(version("two-instances"), { db: second.db }),
    ]);
    const stored = h.versionsNamed("two-instances");
    expect(stored).toHaveLength(1);
    expect(a).toMatchObject({ ok: true, versionId: stored[0]!.VersionId });
    expect(b).toMatchObject({ ok: true, versionId: stored[0]!.VersionId });
    // Exactly once: the claim let one instance call ESA; the other waited for its outcome.
    expect(await h.createRequests()).toHaveLength(1);
    expect([a, b].filter((r) => r.ok && r.alreadyCreated)).toHaveLength(1);
  });

  it("ten instances, five submissions each: one ESA call, fifty answers naming the same version", async () => {
    const instances = [h.submitVersion];
    for (let i = 1; i < 10; i += 1) instances.push(await h.anotherProcess());
    const results = await Promise.all(
      instances.flatMap((submit, i) =>
        Array.from({ length: 5 }, () =>
          submit(version("ten-instances"), { db: (i % 2 ? second : db).db }),
        ),
      ),
    );
    const stored = h.versionsNamed("ten-instances");
    expect(stored).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(new Set(results.map((r) => (r.ok ? r.versionId : "")))).toEqual(
      new Set([stored[0]!.VersionId]),
    );
    expect(await h.createRequests()).toHaveLength(1);
  });

  it("a repeat after the create is answered from the record, without a second create call", async () => {
    const first = await h.submitVersion(version("repeat-later"), { db: db.db });
    const other = await h.anotherProcess();
    const again = await other(version("repeat-later"), { db: second.db });
    expect(first).toMatchObject({ ok: true, alreadyCreated: false });
    expect(again).toMatchObject({
      ok: true,
      alreadyCreated: true,
      versionId: first.ok ? first.versionId : "",
    });
    expect(await h.createRequests()).toHaveLength(1);
  });

  it("other content under a taken name still gets the name's field error", async () => {
    await h.submitVersion(version("taken-name"), { db: db.db });
    const other = await h.anotherProcess();
    const clash = await other(version("taken-name", "busybox:1.99"), { db: second.db });
    expect(clash).toMatchObject({ ok: false, code: "NameAlreadyExists" });
    expect(clash.ok ? [] : clash.fieldErrors?.map((f) => f.path)).toEqual(["name"]);
    expect(h.versionsNamed("taken-name")).toHaveLength(1);
  });

  it("a failed create does not block a corrected retry", async () => {
    await h.injectFault("internal-error");
    const failed = await h.submitVersion(version("retry-after-failure"), { db: db.db });
    expect(failed.ok).toBe(false);
    const retried = await (
      await h.anotherProcess()
    )(version("retry-after-failure"), { db: second.db });
    expect(retried).toMatchObject({ ok: true });
    expect(h.versionsNamed("retry-after-failure")).toHaveLength(1);
  });

  it("a recorded version deleted since may be created again", async () => {
    const first = await h.submitVersion(version("deleted-since"), { db: db.db });
    expect(first.ok).toBe(true);
    const [stored] = h.versionsNamed("deleted-since");
    expect(h.sandbox.store.deleteVersion(h.appId, stored!.VersionId)).toBe(true);
    const again = await (await h.anotherProcess())(version("deleted-since"), { db: second.db });
    expect(again).toMatchObject({ ok: true, alreadyCreated: false });
    expect(h.versionsNamed("deleted-since")).toHaveLength(1);
  });
});
