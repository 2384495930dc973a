import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { AppActor } from "@/lib/access/guard-types";
import { startPublishedSandbox, type PublishedSandbox } from "@/lib/testing/published-sandbox";
import {
  container,
  CRASH_LOOP_IMAGE,
  createRequest,
  SHOP_APP_ID,
  SHOP_V1_ID,
  SHOP_V2_ID,
} from "@/lib/testing/sdk-fixtures";
import { inEnglish } from "@/lib/testing/i18n";
import { control, sdkClientFor } from "@/lib/testing/sdk-test-client";

// lib/release's server paths against a live sandbox whose clock the test holds: staging publish
// followed to Running (or a failure), rollback, delete refused for a live version and done for
// an idle one, bad input on its field, and a lost answer reconciled without a second send.

const STEP = 1000;
let offset = 0;
const advance = (ms: number) => {
  offset += ms;
};

type Paths = {
  read: typeof import("./read-release-state");
  publish: typeof import("./publish-staging");
  rollback: typeof import("./rollback");
  remove: typeof import("./delete-version");
};

let published: PublishedSandbox;
let paths: Paths;
const actor = { app: { id: SHOP_APP_ID, name: "shop-frontend" }, role: "releaser" } as AppActor;

beforeEach(async () => {
  offset = 0;
  published = await startPublishedSandbox({
    controlEnabled: true,
    rolloutStepMs: STEP,
    now: () => Date.now() + offset,
  });
  vi.stubEnv("ESA_READ_TIMEOUT_MS", "1000");
  vi.resetModules();
  paths = {
    read: await import("./read-release-state"),
    publish: await import("./publish-staging"),
    rollback: await import("./rollback"),
    remove: await import("./delete-version"),
  };
});
afterEach(async () => {
  await published.close();
});

async function createdVersion(name: string, image = "nginx:1.25"): Promise<string> {
  const client = sdkClientFor(published.sandbox);
  const { body } = await client.createEdgeContainerAppVersion(
    createRequest({ name, containers: [container({ image })] }),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return body!.versionId!;
}

async function sent(action: string): Promise<number> {
  const { body } = await control(published.sandbox, "GET", "/__sandbox/requests");
  return (body.requests as { action: string }[]).filter((r) => r.action === action).length;
}

const state = () => paths.read.readReleaseState(SHOP_APP_ID);

describe("publish to staging", () => {
  it("is accepted with ESA's RequestId, and the state follows it to Running", async () => {
    const v3 = await createdVersion("v3-staging");
    const result = await paths.publish.publishToStaging(actor, { versionId: v3 });
    expect(result).toMatchObject({ ok: true, requestId: expect.any(String) });
    expect((await state()).health.phase).toBe("Pending");
    advance(2 * STEP);
    const after = await state();
    expect(after.health).toMatchObject({ phase: "Running", ready: "ok" });
    expect(after.staging).toMatchObject({ deployedVersionId: v3, publishStatus: "published" });
    expect(after.regions.length).toBeGreaterThan(0);
  });

  it("shows a crash-looping image's failure with its restarts", async () => {
    const broken = await createdVersion("v3-crashes", CRASH_LOOP_IMAGE);
    expect(await paths.publish.publishToStaging(actor, { versionId: broken })).toMatchObject({
      ok: true,
    });
    advance(4 * STEP);
    expect((await state()).health).toMatchObject({
      phase: "CrashLoopBackOff",
      restartCount: 3,
      lastTerminatedReason: "Error",
    });
  });

  it("puts an unknown version on the versionId field", async () => {
    const result = await paths.publish.publishToStaging(actor, {
      versionId: "ver-999999999999999999",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: [{ path: "versionId" }] });
  });

  it("reconciles a lost answer from the status and does not send it again", async () => {
    const v3 = await createdVersion("v3-lost");
    await control(published.sandbox, "POST", "/__sandbox/faults", {
      action: "PublishEdgeContainerAppVersion",
      kind: "drop-after-commit",
    });
    const result = await paths.publish.publishToStaging(actor, { versionId: v3 });
    expect(result).toMatchObject({ ok: true, reconciled: true });
    expect(result.ok && inEnglish(result.message ?? "")).toContain(
      "answer to the publish was lost",
    );
    expect(await sent("PublishEdgeContainerAppVersion")).toBe(1);
  });
});

describe("rollback", () => {
  it("moves production back to the baseline, all at once", async () => {
    const result = await paths.rollback.rollbackProduction(actor, {
      versionId: SHOP_V1_ID,
      mode: "all",
    });
    expect(result).toMatchObject({ ok: true, requestId: expect.any(String) });
    expect((await state()).production).toMatchObject({
      publishingVersionId: SHOP_V1_ID,
      publishStatus: "rollbacking",
      expectPercentage: 100,
    });
  });

  it("says so honestly when the answer is lost and the status does not show it (outcome unknown)", async () => {
    await control(published.sandbox, "POST", "/__sandbox/faults", {
      action: "RollbackEdgeContainerAppVersion",
      kind: "slow-before-commit",
      delayMs: 1500,
    });
    const result = await paths.rollback.rollbackProduction(actor, {
      versionId: SHOP_V1_ID,
      mode: "all",
    });
    expect(result).toMatchObject({ ok: false, outcomeUnknown: true });
    expect(inEnglish(result.message)).toContain("It was not sent again");
    expect(await sent("RollbackEdgeContainerAppVersion")).toBe(1);
  });

  it("refuses a percentage out of range on its field, sending nothing", async () => {
    const result = await paths.rollback.rollbackProduction(actor, {
      versionId: SHOP_V1_ID,
      mode: "percentage",
      percentage: 150,
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: [{ path: "percentage" }] });
    expect(await sent("RollbackEdgeContainerAppVersion")).toBe(0);
  });
});

describe("delete", () => {
  it("refuses the live version with the reason, sending no delete", async () => {
    const result = await paths.remove.deleteIdleVersion(actor, {
      versionId: SHOP_V2_ID,
      confirmName: "v2-checkout-redesign",
    });
    expect(result).toMatchObject({ ok: false, code: "VersionInUse" });
    expect(inEnglish(result.message)).toContain("production serves it (100% of traffic)");
    expect(await sent("DeleteEdgeContainerAppVersion")).toBe(0);
  });

  it("refuses a version being published to staging", async () => {
    const v3 = await createdVersion("v3-busy");
    await paths.publish.publishToStaging(actor, { versionId: v3 });
    const result = await paths.remove.deleteIdleVersion(actor, {
      versionId: v3,
      confirmName: "v3-busy",
    });
    expect(result).toMatchObject({ ok: false, code: "VersionInUse" });
    expect(inEnglish(result.message)).toContain("being published to staging");
  });

  it("needs the name typed exactly, then deletes an idle version", async () => {
    const v3 = await createdVersion("v3-idle");
    const wrong = await paths.remove.deleteIdleVersion(actor, { versionId: v3, confirmName: "v3" });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: [{ path: "confirmName" }] });
    const done = await paths.remove.deleteIdleVersion(actor, {
      versionId: v3,
      confirmName: "v3-idle",
    });
    expect(done).toMatchObject({ ok: true, requestId: expect.any(String) });
    expect(await sent("DeleteEdgeContainerAppVersion")).toBe(1);
  });
});
