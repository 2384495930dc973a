// The release state machine through the store, with the clock in the test's hands.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SandboxStore } from "./store";

const SHOP = "app-880688675783790001";
const V1 = "ver-100000000000000101";
const V2 = "ver-100000000000000102";
const RESIZER = "app-880688675783790002";
const RESIZER_V = "ver-100000000000000201";
const T0 = Date.parse("2026-01-01T00:00:00Z");
const container = (image: string) => ({
  Name: "web",
  Image: image,
  Spec: "1C2G",
  ProbeType: "exec",
});

let clock = T0;
let store: SandboxStore;
beforeEach(() => {
  vi.useFakeTimers();
  clock = T0;
  store = new SandboxStore({
    now: () => clock,
    creatingDelayMs: 0,
    rolloutStepMs: 1000,
    seed: "demo",
  });
});
afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});

function newVersion(name: string, image = "nginx:1.25"): string {
  const result = store.createVersion({ appId: SHOP, name, containers: [container(image)] });
  if (!result.ok) throw new Error(result.reason);
  // The creating → created flip is a timer; run it.
  vi.runAllTimers();
  return result.version.VersionId;
}

const prod = (appId = SHOP) => store.releases.appStatus(appId, "prod");

describe("production", () => {
  it("starts from the seed: v2 live at 100% over v1", () => {
    expect(prod()).toMatchObject({
      PublishingVersion: V2,
      BaseLineVersion: V1,
      DeployedVersion: V2,
      PublishStatus: "published",
      DeployStatus: "deployed",
      PublishPercentage: 100,
    });
    expect(prod(RESIZER)).toMatchObject({
      DeployStatus: "undeploy",
      PublishStatus: "",
      DeployedVersion: "",
    });
  });

  it("publishes a new version at 10%, raises it to 100%, stamping its publish times", () => {
    const v3 = newVersion("v3-canary");
    store.releases.publishProd(SHOP, v3, {
      publishType: "percentage",
      percentage: 10,
      regions: [],
      fullRelease: false,
      startAt: clock,
    });
    expect(prod()).toMatchObject({
      PublishingVersion: v3,
      BaseLineVersion: V2,
      PublishStatus: "publishing",
      PublishPercentage: 0,
      ExpectPercentage: 10,
      DeployedVersion: V2,
    });
    expect(store.getVersion(SHOP, v3)).toMatchObject({
      PublishTime: "2026-01-01T00:00:00Z",
      LastPublishTime: "2026-01-01T00:00:00Z",
    });
    clock += 1000;
    expect(prod()).toMatchObject({
      PublishStatus: "published",
      DeployStatus: "deployed",
      PublishPercentage: 10,
    });
    expect(store.releases.isLive(SHOP, V2)).toBe(true);

    clock += 5000;
    store.releases.publishProd(SHOP, v3, {
      publishType: "percentage",
      percentage: 100,
      regions: [],
      fullRelease: false,
      startAt: clock,
    });
    clock += 2000;
    expect(prod()).toMatchObject({
      PublishPercentage: 55,
      PublishStatus: "publishing",
      DeployedVersion: v3,
    });
    clock += 2000;
    expect(prod()).toMatchObject({
      PublishPercentage: 100,
      PublishStatus: "published",
      DeployedVersion: v3,
      BaseLineVersion: V2,
    });
    expect(store.getVersion(SHOP, v3)).toMatchObject({
      PublishTime: "2026-01-01T00:00:00Z",
      LastPublishTime: "2026-01-01T00:00:06Z",
    });
    expect(store.releases.isLive(SHOP, V2)).toBe(false);
  });

  it("refuses another publish while one moves, and another version while two share traffic", () => {
    const v3 = newVersion("v3-canary");
    const v4 = newVersion("v4-next");
    const plan = {
      publishType: "percentage" as const,
      percentage: 50,
      regions: [],
      fullRelease: false,
      startAt: clock,
    };
    store.releases.publishProd(SHOP, v3, plan);
    expect(() => store.releases.publishProd(SHOP, v3, plan)).toThrow(
      /publishing .*wait until it finishes/,
    );
    clock += 2000;
    expect(() => store.releases.publishProd(SHOP, v4, plan)).toThrow(
      expect.objectContaining({
        code: "InternalException",
        message: expect.stringMatching(/runs .* and .*roll back/),
      }),
    );
  });

  it("rolls back to the baseline, by percentage or all at once", () => {
    const v3 = newVersion("v3-canary");
    store.releases.publishProd(SHOP, v3, {
      publishType: "percentage",
      percentage: 50,
      regions: [],
      fullRelease: false,
      startAt: clock,
    });
    clock += 500;
    expect(() => store.releases.rollback(SHOP, store.getVersion(SHOP, v3)!)).toThrow(
      /being released/,
    );
    // A rollback may interrupt a publish still moving: getting back must be fast.
    store.releases.rollback(SHOP, store.getVersion(SHOP, V2)!, 80);
    expect(prod()).toMatchObject({
      PublishStatus: "rollbacking",
      PublishingVersion: V2,
      BaseLineVersion: v3,
      PublishPercentage: 100,
      ExpectPercentage: 80,
      RollbackTime: "2026-01-01T00:00:00Z",
    });
    clock += 1000;
    expect(prod()).toMatchObject({
      PublishStatus: "rollbacked",
      PublishPercentage: 80,
      DeployedVersion: V2,
    });

    store.releases.rollback(SHOP, store.getVersion(SHOP, V2)!);
    clock += 1000;
    expect(prod()).toMatchObject({ PublishStatus: "rollbacked", PublishPercentage: 100 });
    expect(store.releases.isLive(SHOP, v3)).toBe(false);
  });

  it("refuses to roll back to a version never published, or with nothing published", () => {
    expect(() =>
      store.releases.rollback(SHOP, store.getVersion(SHOP, newVersion("v3-unpublished"))!),
    ).toThrow(expect.objectContaining({ code: "InvalidParameter.VersionId" }));
    expect(() => store.releases.rollback(RESIZER, store.getVersion(RESIZER, RESIZER_V)!)).toThrow(
      expect.objectContaining({ code: "InternalException" }),
    );
  });
});

describe("staging", () => {
  it("runs a healthy version through its phases and keeps its addresses", () => {
    store.releases.publishStaging(SHOP, store.getVersion(SHOP, V2)!);
    expect(store.releases.stagingHealth(SHOP)).toMatchObject({ Phase: "Pending", VIPs: [] });
    expect(store.releases.appStatus(SHOP, "staging")).toMatchObject({
      PublishStatus: "publishing",
      DeployStatus: "deploying",
      PublishingVersion: V2,
      DeployedVersion: "",
    });
    clock += 2000;
    expect(store.releases.stagingHealth(SHOP)).toMatchObject({
      Phase: "Running",
      Ready: "ok",
      ContainersReady: "ok",
      CreationTimestamp: "2026-01-01T00:00:00Z",
    });
    expect((store.releases.stagingHealth(SHOP).VIPs as string[]).length).toBe(2);
    expect(store.releases.appStatus(SHOP, "staging")).toMatchObject({
      PublishStatus: "published",
      DeployStatus: "deployed",
      DeployedVersion: V2,
      DeployTime: "2026-01-01T00:00:02Z",
    });
  });

  it("shows a seeded broken image crash-looping, and a rebuild starts it over", () => {
    const crashing = newVersion("v3-crashes", "registry.example.com/broken/crash-loop:1.0");
    store.releases.publishStaging(SHOP, store.getVersion(SHOP, crashing)!);
    clock += 4000;
    expect(store.releases.stagingHealth(SHOP)).toMatchObject({
      Phase: "CrashLoopBackOff",
      PodRestartState: { RestartCount: 3, LastTerminatedReason: "Error" },
    });
    expect(store.releases.appStatus(SHOP, "staging")).toMatchObject({
      PublishStatus: "publishing",
    });
    store.releases.rebuildStaging(SHOP);
    expect(store.releases.stagingHealth(SHOP)).toMatchObject({
      Phase: "Pending",
      PodRestartState: { RestartCount: 0 },
    });
  });

  it("reports ImagePullBackOff for an image that does not exist", () => {
    const missing = newVersion("v3-missing", "registry.example.com/broken/missing-image:1.0");
    store.releases.publishStaging(SHOP, store.getVersion(SHOP, missing)!);
    clock += 10_000;
    expect(store.releases.stagingHealth(SHOP)).toMatchObject({
      Phase: "ImagePullBackOff",
      Initialized: "unready",
    });
  });

  it("has nothing to rebuild before a publish, and counts the staged version as live", () => {
    expect(() => store.releases.rebuildStaging(SHOP)).toThrow(/nothing to rebuild/);
    store.releases.publishStaging(SHOP, store.getVersion(SHOP, V1)!);
    expect(store.releases.isLive(SHOP, V1)).toBe(true);
  });
});
