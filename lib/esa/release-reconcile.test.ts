import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/i18n";
import type { EsaError } from "./errors";

import { freshOperations, type Operations } from "@/lib/testing/fake-esa-harness";
import { startPublishedSandbox, type PublishedSandbox } from "@/lib/testing/published-sandbox";
import { control } from "@/lib/testing/sdk-test-client";

// A publish or rollback whose answer is lost, against the real sandbox with injected faults: the
// outcome is read from the app's status and the write is never sent a second time.

const SHOP = "app-880688675783790001";
const V1 = "ver-100000000000000101";
const V2 = "ver-100000000000000102";
const RESIZER = "app-880688675783790002";
const RESIZER_V1 = "ver-100000000000000201";

let published: PublishedSandbox;
let ops: Operations;
beforeEach(async () => {
  published = await startPublishedSandbox({ controlEnabled: true, rolloutStepMs: 60_000 });
  ops = await freshOperations({ ESA_READ_TIMEOUT_MS: "400", ESA_CONNECT_TIMEOUT_MS: "400" });
});
afterEach(async () => {
  await published.close();
});

async function fault(action: string, kind: string, delayMs = 1500): Promise<void> {
  const { status } = await control(published.sandbox, "POST", "/__sandbox/faults", {
    action,
    kind,
    delayMs,
  });
  expect(status).toBe(200);
}

async function sent(action: string): Promise<number> {
  const { body } = await control(published.sandbox, "GET", "/__sandbox/requests");
  return (body.requests as { action: string }[]).filter((r) => r.action === action).length;
}

describe("publish with a lost answer", () => {
  it("timeout after commit: reconciled as applied from the status, sent once", async () => {
    await fault("PublishEdgeContainerAppVersion", "slow-after-commit");
    const result = await ops.publishVersion({
      appId: SHOP,
      versionId: V1,
      env: "prod",
      target: { by: "percentage", percentage: 10 },
    });
    expect(result).toMatchObject({
      state: "reconciled",
      applied: true,
      status: {
        env: "prod",
        publishingVersionId: V1,
        expectPercentage: 10,
        publishStatus: "publishing",
      },
      lostAnswer: { kind: "timeout", outcomeUnknown: true },
    });
    if (result.state !== "reconciled") throw new Error("unreachable");
    expect(inEnglish(result.message)).toMatch(
      /lost, but the release status shows it under way\. Production: ver-100000000000000101 publishing at 0% of 10%/,
    );
    expect(await sent("PublishEdgeContainerAppVersion")).toBe(1);
    expect(await sent("GetEdgeContainerAppStatus")).toBe(1);
  });

  it("dropped connection after commit on staging: reconciled as applied", async () => {
    await fault("PublishEdgeContainerAppVersion", "drop-after-commit");
    const result = await ops.publishVersion({
      appId: RESIZER,
      versionId: RESIZER_V1,
      env: "staging",
    });
    expect(result).toMatchObject({
      state: "reconciled",
      applied: true,
      status: { env: "staging", publishingVersionId: RESIZER_V1 },
      lostAnswer: { kind: "network" },
    });
    expect(await sent("PublishEdgeContainerAppVersion")).toBe(1);
  });

  it("timeout before commit: the status does not show it, and it is not sent again", async () => {
    await fault("PublishEdgeContainerAppVersion", "slow-before-commit", 5000);
    const result = await ops.publishVersion({
      appId: SHOP,
      versionId: V1,
      env: "prod",
      target: { by: "percentage", percentage: 10 },
    });
    expect(result).toMatchObject({
      state: "reconciled",
      applied: false,
      status: { publishingVersionId: V2, publishStatus: "published" },
    });
    if (result.state !== "reconciled") throw new Error("unreachable");
    expect(inEnglish(result.message)).toMatch(
      /does not show it \(yet\)\. Production: ver-100000000000000102 published at 100%.*not sent again/,
    );
    expect(await sent("PublishEdgeContainerAppVersion")).toBe(1);
  });

  it("keeps the lost answer's error when the status cannot be read either", async () => {
    await fault("PublishEdgeContainerAppVersion", "drop-after-commit");
    await control(published.sandbox, "POST", "/__sandbox/faults", {
      action: "GetEdgeContainerAppStatus",
      kind: "internal-error",
      count: 3,
    });
    const lost = await ops.publishVersion({ appId: SHOP, versionId: V1, env: "staging" }).then(
      () => expect.fail("the publish whose answer was lost must fail"),
      (error: unknown) => error as EsaError,
    );
    expect({ ...lost, message: inEnglish(lost.message) }).toMatchObject({
      kind: "network",
      outcomeUnknown: true,
      message: expect.stringMatching(/may have been published anyway: check the release status/),
    });
    expect(await sent("PublishEdgeContainerAppVersion")).toBe(1);
  });
});

describe("rollback with a lost answer", () => {
  it("timeout after commit: the status shows the rollback, sent once", async () => {
    await fault("RollbackEdgeContainerAppVersion", "slow-after-commit");
    const result = await ops.rollbackVersion({ appId: SHOP, versionId: V1 });
    expect(result).toMatchObject({
      state: "reconciled",
      applied: true,
      status: { publishingVersionId: V1, publishStatus: "rollbacking", expectPercentage: 100 },
    });
    expect(await sent("RollbackEdgeContainerAppVersion")).toBe(1);
  });

  it("dropped connection after commit, by percentage", async () => {
    await fault("RollbackEdgeContainerAppVersion", "drop-after-commit");
    const result = await ops.rollbackVersion({ appId: SHOP, versionId: V1, percentage: 30 });
    expect(result).toMatchObject({
      state: "reconciled",
      applied: true,
      status: { expectPercentage: 30 },
    });
    expect(await sent("RollbackEdgeContainerAppVersion")).toBe(1);
  });
});

describe("against the sandbox without faults", () => {
  it("publishes, reads status, health and regions, rolls back and deletes", async () => {
    expect(
      await ops.publishVersion({ appId: RESIZER, versionId: RESIZER_V1, env: "staging" }),
    ).toMatchObject({ state: "accepted" });
    expect((await ops.getStagingDeployStatus(RESIZER)).health).toMatchObject({
      phase: "Pending",
      vips: [],
    });
    expect((await ops.listDeployRegions(SHOP)).regions).toContain("zhejiang");
    await ops.publishVersion({
      appId: SHOP,
      versionId: V1,
      env: "prod",
      target: { by: "region", regions: ["zhejiang"], fullRelease: false },
    });
    expect((await ops.getAppStatus(SHOP, "prod")).status).toMatchObject({
      publishType: "region",
      regions: ["zhejiang"],
      publishingVersionId: V1,
    });
    await expect(ops.deleteVersion(SHOP, V1)).rejects.toMatchObject({
      code: "InternalException",
      httpStatus: 400,
    });
    await expect(ops.rebuildStagingEnv(SHOP)).rejects.toMatchObject({ code: "InternalException" });
    expect(await ops.rebuildStagingEnv(RESIZER)).toMatchObject({ requestId: expect.any(String) });
  });
});
