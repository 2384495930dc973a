import { inEnglish } from "@/lib/testing/i18n";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { startPublishedSandbox, type PublishedSandbox } from "@/lib/testing/published-sandbox";
import { planInput } from "@/lib/testing/release-harness";
import { SHOP_APP_ID, SHOP_V1_ID, SHOP_V2_ID } from "@/lib/testing/sdk-fixtures";
import { control } from "@/lib/testing/sdk-test-client";

import { productionPlanSchema } from "./production-plan";

// Sending a production plan and reading what production runs, against a live sandbox whose clock
// the test holds: the diff's base, a raise read back as such, a lost answer reconciled from the
// app's status without a second send, and ESA's refusal on the plan field it concerns.

const STEP = 1000;
let offset = 0;
let published: PublishedSandbox;
let publish: typeof import("./production-publish");
let context: typeof import("./production-context");

beforeEach(async () => {
  offset = 0;
  published = await startPublishedSandbox({
    controlEnabled: true,
    rolloutStepMs: STEP,
    now: () => Date.now() + offset,
  });
  vi.stubEnv("ESA_READ_TIMEOUT_MS", "1000");
  vi.resetModules();
  publish = await import("./production-publish");
  context = await import("./production-context");
});
afterEach(async () => {
  await published.close();
});

const plan = (over = {}) =>
  productionPlanSchema.parse(planInput({ versionId: SHOP_V1_ID, ...over }));

async function publishes(): Promise<Record<string, string>[]> {
  const { body } = await control(published.sandbox, "GET", "/__sandbox/requests");
  return (body.requests as { action: string; body: Record<string, string> }[])
    .filter((r) => r.action === "PublishEdgeContainerAppVersion")
    .map((r) => r.body);
}

describe("production publish", () => {
  it("compares with what production runs, publishes at 10%, and reads the next plan as a raise", async () => {
    const before = await context.loadProductionContext(SHOP_APP_ID, SHOP_V1_ID);
    expect(before.context).toMatchObject({ kind: "publish", baseVersionId: SHOP_V2_ID });
    expect(before.context.diff).not.toBeNull();

    const outcome = await publish.executeProductionPlan(SHOP_APP_ID, plan({ percentage: 10 }));
    expect(outcome).toMatchObject({
      outcome: "ok",
      answerLost: false,
      requestId: expect.any(String),
    });
    offset += STEP;
    const after = await context.loadProductionContext(SHOP_APP_ID, SHOP_V1_ID);
    expect(after.context).toMatchObject({
      kind: "raise",
      currentPercentage: 10,
      baseVersionId: SHOP_V2_ID,
    });
    expect(after.status.publishStatus).toBe("published");
    expect(await publishes()).toEqual([
      expect.objectContaining({ PublishEnv: "prod", Percentage: "10" }),
    ]);
  });

  it("reconciles a lost answer from the app's status and sends it once", async () => {
    await control(published.sandbox, "POST", "/__sandbox/faults", {
      action: "PublishEdgeContainerAppVersion",
      kind: "drop-after-commit",
      count: 1,
    });
    const outcome = await publish.executeProductionPlan(SHOP_APP_ID, plan({ percentage: 25 }));
    expect(outcome).toMatchObject({ outcome: "ok", answerLost: true });
    expect(inEnglish(outcome.message ?? "")).toContain(
      "answer to the publish was lost, but the release status shows it",
    );
    expect(await publishes()).toHaveLength(1);
  });

  it("puts ESA's refusal of a region on the regions field", async () => {
    const outcome = await publish.executeProductionPlan(
      SHOP_APP_ID,
      plan({ by: "region", regions: ["atlantis"] }),
    );
    expect(outcome).toMatchObject({ outcome: "failed", fieldErrors: [{ path: "regions" }] });
  });

  it("starts a scheduled start that passed while waiting at once, and keeps a future one", () => {
    const now = Date.parse("2026-12-02T12:00:00Z");
    expect(
      publish.publishRequestOf("app", plan({ startTime: "2026-12-02T11:00:00Z" }), now),
    ).not.toHaveProperty("startTime");
    expect(
      publish.publishRequestOf("app", plan({ startTime: "2026-12-02T13:00:00Z" }), now),
    ).toHaveProperty("startTime", "2026-12-02T13:00:00Z");
  });
});
