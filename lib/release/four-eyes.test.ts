import { asc } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { writeSetting } from "@/lib/db/access-store";
import type { DatabaseHandle } from "@/lib/db/client";
import { readReleaseRequest } from "@/lib/db/release-request-store";
import { auditLog } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import {
  appActorFor,
  createReleaseDeps,
  planInput,
  publishContext,
  RELEASE_PEOPLE,
  resetReleaseData,
} from "@/lib/testing/release-harness";
import { allInEnglish } from "@/lib/testing/i18n";
import { openTestDatabase } from "@/lib/testing/test-database";

import { approveProduction, rejectProduction } from "./four-eyes-decisions";
import { REQUEST_LIFETIME_MS } from "./four-eyes";
import { FOUR_EYES_SETTING_KEY } from "./four-eyes-setting";
import { loadApprovals, openRequestCount } from "./approvals-list";
import { requestProduction } from "./production-release";

let handle: DatabaseHandle;
let db: Db;
const { ada, bob, cy } = RELEASE_PEOPLE;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
}, 120_000);
afterAll(() => handle.close(), 60_000);

beforeEach(async () => {
  await resetReleaseData(db);
});

async function heldRequest(release = createReleaseDeps(), input = planInput()) {
  const result = await requestProduction(db, appActorFor(ada), input, release.deps);
  if (!result.ok || !result.held) throw new Error(`not held: ${JSON.stringify(result)}`);
  return { release, id: result.approvalId };
}

const auditRows = () => db.select().from(auditLog).orderBy(asc(auditLog.id));

describe("holding production releases", { timeout: 60_000 }, () => {
  it("holds a publish for every app by default, sends nothing and records the request", async () => {
    const { release, id } = await heldRequest();
    expect(release.state.sent).toEqual([]);
    const row = await readReleaseRequest(db, id);
    expect(row).toMatchObject({
      status: "pending",
      requestedBy: "u-ada",
      kind: "publish",
      note: "canary first",
    });
    expect(row?.expiresAt.getTime()).toBe(release.state.now.getTime() + REQUEST_LIFETIME_MS);
    expect(row?.context).toMatchObject({ baseVersionId: "ver-1" });
    expect((await auditRows()).map((r) => [r.action, r.outcome, r.actorName])).toEqual([
      ["release.request-production", "ok", "Ada"],
    ]);
  });

  it("sends at once for apps outside the admin's pattern, audited with ESA's RequestId", async () => {
    await writeSetting(db, FOUR_EYES_SETTING_KEY, { mode: "pattern", appPattern: "blog-*" }, null);
    const release = createReleaseDeps();
    const result = await requestProduction(db, appActorFor(ada), planInput(), release.deps);
    expect(result).toMatchObject({ ok: true, held: false, requestId: "ESA-REQ-1" });
    expect(release.state.sent).toHaveLength(1);
    expect((await auditRows()).map((r) => [r.action, r.outcome, r.requestId])).toEqual([
      ["release.publish-production", "ok", "ESA-REQ-1"],
    ]);
  });

  it("refuses a raise that is not higher than production's share, on the percentage field", async () => {
    const release = createReleaseDeps();
    release.state.context = publishContext({ kind: "raise", currentPercentage: 25 });
    const result = await requestProduction(
      db,
      appActorFor(ada),
      planInput({ percentage: 25 }),
      release.deps,
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: [{ path: "percentage" }] });
    expect(await auditRows()).toEqual([]);
  });

  it("refuses a bad plan on its fields", async () => {
    const result = await requestProduction(
      db,
      appActorFor(ada),
      planInput({ percentage: 0, by: "region" }),
      createReleaseDeps().deps,
    );
    expect(result).toMatchObject({ ok: false, code: "ValidationFailed" });
    expect(!result.ok && result.fieldErrors?.map((e) => e.path)).toEqual(["percentage", "regions"]);
  });
});

describe("deciding", { timeout: 60_000 }, () => {
  it("executes an approved request as the approver's action, naming the requester", async () => {
    const { release, id } = await heldRequest();
    const result = await approveProduction(
      db,
      appActorFor(bob),
      { requestId: id, reason: "looks fine" },
      release.deps,
    );
    expect(result).toMatchObject({ ok: true, status: "approved", requestId: "ESA-REQ-1" });
    expect(release.state.sent).toEqual([
      {
        appId: "app-shop-eu",
        plan: expect.objectContaining({ versionId: "ver-2", percentage: 10 }),
      },
    ]);
    expect(await readReleaseRequest(db, id)).toMatchObject({
      status: "approved",
      decidedBy: "u-bob",
      reason: "looks fine",
      outcome: { outcome: "ok" },
    });
    const approval = (await auditRows()).at(-1);
    expect(approval).toMatchObject({
      action: "release.approve",
      actorName: "Bob",
      outcome: "ok",
      requestId: "ESA-REQ-1",
    });
    expect(approval?.payload).toMatchObject({
      requester: { id: "u-ada", name: "Ada" },
      approvalRequest: id,
    });
  });

  it("never lets the requester approve their own request", async () => {
    const { release, id } = await heldRequest();
    const result = await approveProduction(
      db,
      appActorFor(ada),
      { requestId: id, reason: "" },
      release.deps,
    );
    expect(result).toMatchObject({ ok: false, code: "SelfApproval" });
    expect(release.state.sent).toEqual([]);
    expect((await readReleaseRequest(db, id))?.status).toBe("pending");
    expect((await auditRows()).at(-1)).toMatchObject({
      action: "release.approve",
      outcome: "refused",
      esaCode: "SelfApproval",
    });
  });

  it("executes once when two approvers (or a double click) approve together", async () => {
    const { release, id } = await heldRequest();
    let open!: () => void;
    release.state.gate = new Promise((resolve) => (open = resolve));
    setTimeout(() => open(), 300);
    const results = await Promise.all([
      approveProduction(db, appActorFor(bob), { requestId: id, reason: "" }, release.deps),
      approveProduction(db, appActorFor(cy), { requestId: id, reason: "" }, release.deps),
      approveProduction(db, appActorFor(bob), { requestId: id, reason: "" }, release.deps),
    ]);
    expect(release.state.sent).toHaveLength(1);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual([
      "AlreadyDecided",
      "AlreadyDecided",
    ]);
  });

  it("expires a request after 24 hours: computed on read, then refused", async () => {
    const { release, id } = await heldRequest();
    release.advance(REQUEST_LIFETIME_MS - 1);
    expect(
      (await loadApprovals(db, appActorFor(bob).access, release.state.now)).pending.map(
        (r) => r.id,
      ),
    ).toEqual([id]);
    release.advance(1);
    const listed = await loadApprovals(db, appActorFor(bob).access, release.state.now);
    expect(listed.pending).toEqual([]);
    expect(listed.history.map((r) => [r.id, r.status])).toEqual([[id, "expired"]]);
    const result = await approveProduction(
      db,
      appActorFor(bob),
      { requestId: id, reason: "" },
      release.deps,
    );
    expect(result).toMatchObject({ ok: false, code: "RequestExpired" });
    expect(release.state.sent).toEqual([]);
  });

  it("counts for the header only the open requests on apps the person may view", async () => {
    const { release } = await heldRequest();
    const shopOnly = {
      ...appActorFor(bob).access,
      roleOn: (app: { name: string }) => (app.name === "shop-eu" ? ("viewer" as const) : null),
    };
    const blogOnly = {
      ...shopOnly,
      roleOn: (app: { name: string }) => (app.name === "blog" ? ("viewer" as const) : null),
    };
    expect(await openRequestCount(db, shopOnly, release.state.now)).toBe(1);
    expect(await openRequestCount(db, blogOnly, release.state.now)).toBe(0);
    expect(
      await openRequestCount(
        db,
        shopOnly,
        new Date(release.state.now.getTime() + REQUEST_LIFETIME_MS),
      ),
    ).toBe(0);
  });

  it("refuses an expired request even before any sweep marked it", async () => {
    const { release, id } = await heldRequest();
    release.advance(REQUEST_LIFETIME_MS + 1);
    expect(
      await approveProduction(db, appActorFor(bob), { requestId: id, reason: "" }, release.deps),
    ).toMatchObject({ code: "RequestExpired" });
    expect((await readReleaseRequest(db, id))?.status).toBe("pending");
  });

  it("rejects with a reason (required), after which approving is refused", async () => {
    const { release, id } = await heldRequest();
    expect(
      allInEnglish(
        await rejectProduction(db, appActorFor(bob), { requestId: id, reason: " " }, release.deps),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: [{ path: "reason", message: "Say why the request is rejected." }],
    });
    expect(
      await rejectProduction(
        db,
        appActorFor(bob),
        { requestId: id, reason: "not on a Friday" },
        release.deps,
      ),
    ).toMatchObject({ ok: true, status: "rejected" });
    expect(
      await approveProduction(db, appActorFor(cy), { requestId: id, reason: "" }, release.deps),
    ).toMatchObject({ ok: false, code: "AlreadyDecided" });
    expect((await auditRows()).map((r) => [r.action, r.outcome])).toEqual([
      ["release.request-production", "ok"],
      ["release.reject", "ok"],
      ["release.approve", "refused"],
    ]);
  });

  it("finds no request of another app, whatever role the approver has there", async () => {
    const { release, id } = await heldRequest();
    const elsewhere = appActorFor(bob, { id: "app-blog", name: "blog" });
    expect(
      await approveProduction(db, elsewhere, { requestId: id, reason: "" }, release.deps),
    ).toMatchObject({ code: "NotFound" });
    expect(release.state.sent).toEqual([]);
  });

  it("records an approved request whose publish ESA refused, with the code", async () => {
    const { release, id } = await heldRequest();
    release.state.answer = {
      outcome: "failed",
      code: "InvalidParameter.Percentage",
      message: "Percentage is bad.",
    };
    const result = await approveProduction(
      db,
      appActorFor(bob),
      { requestId: id, reason: "" },
      release.deps,
    );
    expect(result).toMatchObject({ ok: false, code: "InvalidParameter.Percentage" });
    expect((await auditRows()).at(-1)).toMatchObject({
      action: "release.approve",
      outcome: "failed",
      esaCode: "InvalidParameter.Percentage",
    });
    expect(await readReleaseRequest(db, id)).toMatchObject({
      status: "approved",
      outcome: { outcome: "failed" },
    });
  });
});
