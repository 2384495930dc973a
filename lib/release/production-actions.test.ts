import { inEnglish } from "@/lib/testing/i18n";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import { createGuardHarness, grantRole } from "@/lib/testing/guard-harness";
import {
  createReleaseDeps,
  planInput,
  RELEASE_PEOPLE,
  resetReleaseData,
} from "@/lib/testing/release-harness";
import { openTestDatabase } from "@/lib/testing/test-database";

import { createProductionActions } from "./production-actions";

// The production and approval actions through the guard: releasers only, on the request's app.

let handle: DatabaseHandle;
let db: Db;
const { ada, bob, sam, cy } = RELEASE_PEOPLE;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
}, 120_000);
afterAll(() => handle.close(), 60_000);

beforeEach(async () => {
  await resetReleaseData(db);
  await grantRole(db, ada.id, "releaser", "shop-*");
  await grantRole(db, bob.id, "releaser", "shop-eu");
  await grantRole(db, sam.id, "submitter", "shop-eu");
  await grantRole(db, cy.id, "releaser", "blog");
});

function setup() {
  const harness = createGuardHarness(db);
  const release = createReleaseDeps();
  const actions = createProductionActions(
    harness.guard.withAppAction,
    async () => db,
    release.deps,
  );
  return { harness, release, actions };
}

describe("production actions through the guard", { timeout: 60_000 }, () => {
  it("lets only releasers request, approve and reject, each on the request's own app", async () => {
    const { harness, release, actions } = setup();
    harness.signIn(sam);
    expect(await actions.requestProduction("app-shop-eu", planInput())).toMatchObject({
      ok: false,
      code: "Forbidden",
    });

    harness.signIn(ada);
    const held = await actions.requestProduction("app-shop-eu", planInput());
    if (!held.ok || !held.held) throw new Error("expected a held request");
    const input = { requestId: held.approvalId, reason: "" };

    harness.signIn(sam);
    const submitter = await actions.approve("app-shop-eu", input);
    expect(submitter).toMatchObject({ ok: false, code: "Forbidden" });
    expect(!submitter.ok && inEnglish(submitter.message)).toContain(
      "approving production releases needs releaser",
    );
    harness.signIn(cy);
    expect(await actions.approve("app-shop-eu", input)).toMatchObject({
      ok: false,
      code: "Forbidden",
    });
    expect(await actions.approve("app-blog", input)).toMatchObject({ ok: false, code: "NotFound" });
    expect(await actions.reject("app-blog", { ...input, reason: "no" })).toMatchObject({
      ok: false,
      code: "NotFound",
    });
    expect(release.state.sent).toEqual([]);

    harness.signIn(bob);
    expect(await actions.approve("app-shop-eu", input)).toMatchObject({
      ok: true,
      status: "approved",
    });
    expect(release.state.sent).toHaveLength(1);

    const rows = await harness.auditRows();
    expect(rows.map((r) => [r.action, r.actorName, r.outcome, r.esaCode])).toEqual([
      ["release.publish-production", "Sam", "refused", "Forbidden"],
      ["release.request-production", "Ada", "ok", null],
      ["release.approve", "Sam", "refused", "Forbidden"],
      ["release.approve", "Cy", "refused", "Forbidden"],
      ["release.approve", "Cy", "refused", "NotFound"],
      ["release.reject", "Cy", "refused", "NotFound"],
      ["release.approve", "Bob", "ok", null],
    ]);
  });
});
