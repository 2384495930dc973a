import { inEnglish } from "@/lib/testing/i18n";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { appPermissions } from "@/lib/access/permissions";
import { appActionPolicy, type AppAction } from "@/lib/access/policy";
import type { DatabaseHandle } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { addPerson, createGuardHarness, grantRole, type Person } from "@/lib/testing/guard-harness";
import { openTestDatabase } from "@/lib/testing/test-database";

import type { ReleaseActionResult } from "./release-result";

// The release actions' policy through the guard: a submitter (or viewer) is refused and audited,
// nothing runs; a releaser's outcome is audited with its RequestId, a lost answer as unknown.

let handle: DatabaseHandle;
let db: Db;
let h: ReturnType<typeof createGuardHarness>;

const releaser: Person = { id: "u-rel", name: "Rita Releaser" };
const submitter: Person = { id: "u-sub", name: "Sam Submitter" };

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  for (const person of [releaser, submitter]) await addPerson(db, person);
  await grantRole(db, releaser.id, "releaser", "shop-*");
  await grantRole(db, submitter.id, "submitter", "*");
}, 120_000);
afterAll(() => handle.close(), 60_000);
beforeEach(async () => {
  await db.delete(auditLog);
  h = createGuardHarness(db);
});

const WRITES: AppAction[] = ["release.publish-staging", "release.rollback", "version.delete"];

function run(action: AppAction, answer: ReleaseActionResult) {
  let ran = false;
  const result = h.guard.withAppAction(
    {
      ...appActionPolicy(action),
      appId: "app-shop-eu",
      target: "ver-1",
      payload: { versionId: "ver-1" },
    },
    async () => {
      ran = true;
      return answer;
    },
  );
  return { result, ran: () => ran };
}

describe("release policy", { timeout: 60_000 }, () => {
  it.each(WRITES)(
    "%s needs releaser: a submitter is refused with the reason and audited",
    async (action) => {
      h.signIn(submitter);
      const call = run(action, { ok: true, message: "done", requestId: "R-1" });
      expect(await call.result).toMatchObject({ ok: false, code: "Forbidden", httpStatus: 403 });
      expect(inEnglish((await call.result).message)).toContain("needs releaser");
      expect(call.ran()).toBe(false);
      expect(await h.auditRows()).toMatchObject([
        { action, outcome: "refused", esaCode: "Forbidden" },
      ]);
    },
  );

  it("a releaser's write is audited with its outcome and RequestId", async () => {
    h.signIn(releaser);
    const call = run("release.publish-staging", { ok: true, message: "done", requestId: "R-7" });
    expect(await call.result).toMatchObject({ ok: true });
    expect(await h.auditRows()).toMatchObject([
      { action: "release.publish-staging", outcome: "ok", requestId: "R-7", target: "ver-1" },
    ]);
  });

  it("an answer lost and not shown by the status is audited as unknown", async () => {
    h.signIn(releaser);
    const call = run("release.rollback", {
      ok: false,
      code: "ReadTimeout",
      message: "lost",
      outcomeUnknown: true,
    });
    await call.result;
    expect(await h.auditRows()).toMatchObject([{ action: "release.rollback", outcome: "unknown" }]);
  });

  it("the page's disabled controls say what the server would", () => {
    const { refusals } = appPermissions("shop-eu", "submitter");
    expect(refusals["release.view"]).toBeUndefined();
    expect(inEnglish(refusals["release.publish-staging"] ?? "")).toBe(
      "You have submitter access to shop-eu; publishing to staging needs releaser. Ask an administrator for a grant.",
    );
    expect(inEnglish(refusals["version.delete"] ?? "")).toContain(
      "deleting versions needs releaser",
    );
    expect(appPermissions("shop-eu", "releaser").refusals).toEqual({});
  });
});
