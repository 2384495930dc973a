import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SandboxStore } from "./store";

const SHOP = "app-880688675783790001";
const web = {
  Name: "web",
  Image: "nginx:1.25",
  IsACRImage: false,
  Spec: "1C2G",
  Storage: "0.5G",
  ProbeType: "tcpSocket",
  ProbeContent: { Port: 80 },
};

describe("SandboxStore", () => {
  let store: SandboxStore;
  beforeEach(() => {
    vi.useFakeTimers();
    store = new SandboxStore({
      now: () => Date.parse("2025-07-01T12:34:56.789Z"),
      creatingDelayMs: 1500,
      rolloutStepMs: 1000,
      seed: "demo",
    });
  });
  afterEach(() => {
    store.dispose();
    vi.useRealTimers();
  });

  it("counts seeded versions per app", () => {
    expect(store.listApps().map((a) => [a.Name, a.VersionCount])).toEqual([
      ["shop-frontend", 2],
      ["image-resizer", 1],
      ["api-gateway-edge", 3],
      ["edge-cache-warmer", 0],
    ]);
  });

  it("creates a version as `creating`, then flips it to `created` after the delay", () => {
    const result = store.createVersion({ appId: SHOP, name: "v3-new", containers: [web] });
    if (!result.ok) throw new Error(result.reason);
    const { VersionId } = result.version;
    expect(VersionId).toMatch(/^ver-\d{18}$/);
    expect(result.version).toMatchObject({
      Status: "creating",
      CreateTime: "2025-07-01T12:34:56Z",
      Remarks: "",
      PublishTime: "",
    });
    expect(store.getApp(SHOP)?.VersionCount).toBe(3);

    vi.advanceTimersByTime(1499);
    expect(store.getVersion(SHOP, VersionId)?.Status).toBe("creating");
    vi.advanceTimersByTime(1);
    expect(store.getVersion(SHOP, VersionId)?.Status).toBe("created");
  });

  it("refuses a duplicate name in the same app and an unknown app", () => {
    expect(
      store.createVersion({ appId: SHOP, name: "v1-initial-release", containers: [web] }),
    ).toEqual({ ok: false, reason: "name-taken" });
    expect(
      store.createVersion({ appId: "app-000000000000000000", name: "whatever", containers: [web] }),
    ).toEqual({ ok: false, reason: "app-not-found" });
    expect(store.getApp(SHOP)?.VersionCount).toBe(2);
  });

  it("hands out copies, so callers cannot change stored data", () => {
    const app = store.getApp(SHOP);
    if (!app) throw new Error("seed app missing");
    app.Name = "changed";
    store.listVersions(SHOP)?.[0]?.Containers.splice(0);
    expect(store.getApp(SHOP)?.Name).toBe("shop-frontend");
    expect(store.listVersions(SHOP)?.[0]?.Containers).toHaveLength(1);
  });

  it("reset returns to the seed and cancels pending status flips", () => {
    const result = store.createVersion({ appId: SHOP, name: "v3-new", containers: [web] });
    if (!result.ok) throw new Error(result.reason);
    store.reset();
    expect(store.getVersion(SHOP, result.version.VersionId)).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    store.reset("large");
    expect(store.listApps()).toHaveLength(48);
    expect(store.seed).toBe("large");
  });
});
