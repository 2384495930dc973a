import { describe, expect, it } from "vitest";
import { prodProgressAt, servingShares, stagingHealthAt, type ProdRelease } from "./rollout";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const STEP = 1000;

const release = (fields: Partial<ProdRelease> = {}): ProdRelease => ({
  kind: "publish",
  versionId: "ver-new",
  baselineVersionId: "ver-old",
  publishType: "percentage",
  fromPercentage: 0,
  expectPercentage: 100,
  fullRelease: false,
  regions: [],
  requestedAt: T0,
  startAt: T0,
  ...fields,
});

describe("prodProgressAt", () => {
  it("moves 0 → 100 in four steps of 25 points, then is published and deployed", () => {
    const r = release();
    const at = (ms: number) => prodProgressAt(r, T0 + ms, STEP);
    expect(at(0)).toEqual({
      publishStatus: "publishing",
      deployStatus: "deploying",
      percentage: 0,
      done: false,
    });
    expect(at(1000).percentage).toBe(25);
    expect(at(2999).percentage).toBe(50);
    expect(at(3000).percentage).toBe(75);
    expect(at(4000)).toEqual({
      publishStatus: "published",
      deployStatus: "deployed",
      percentage: 100,
      done: true,
    });
  });

  it("reaches a small target in one step and stays there", () => {
    const r = release({ expectPercentage: 10 });
    expect(prodProgressAt(r, T0 + 999, STEP).percentage).toBe(0);
    expect(prodProgressAt(r, T0 + 1000, STEP)).toMatchObject({
      percentage: 10,
      publishStatus: "published",
    });
    expect(prodProgressAt(r, T0 + 60_000, STEP).percentage).toBe(10);
  });

  it("waits for a scheduled start", () => {
    const r = release({ startAt: T0 + 10_000, fromPercentage: 10, expectPercentage: 50 });
    expect(prodProgressAt(r, T0 + 9_999, STEP)).toMatchObject({ percentage: 10, done: false });
    expect(prodProgressAt(r, T0 + 12_000, STEP)).toMatchObject({ percentage: 50, done: true });
  });

  it("says rollbacking, then rollbacked, for a rollback", () => {
    const r = release({ kind: "rollback" });
    expect(prodProgressAt(r, T0, STEP).publishStatus).toBe("rollbacking");
    expect(prodProgressAt(r, T0 + 4000, STEP).publishStatus).toBe("rollbacked");
  });

  it("finishes at once with a zero step", () => {
    expect(prodProgressAt(release(), T0, 0)).toMatchObject({ percentage: 100, done: true });
  });
});

describe("servingShares", () => {
  it("splits traffic between the version and its baseline while partial", () => {
    const r = release({ expectPercentage: 30 });
    expect([...servingShares(r, T0 + 5000, STEP)]).toEqual([
      ["ver-new", 30],
      ["ver-old", 70],
    ]);
    expect([...servingShares(release(), T0 + 5000, STEP)]).toEqual([["ver-new", 100]]);
    expect([...servingShares(release({ baselineVersionId: "" }), T0, STEP)]).toEqual([]);
  });
});

describe("stagingHealthAt", () => {
  const deploy = { versionId: "ver-new", previousVersionId: "", startAt: T0 };

  it("goes Pending → ContainerCreating → Running with every check ok at the end", () => {
    expect(stagingHealthAt(deploy, T0, STEP)).toMatchObject({
      phase: "Pending",
      scheduled: "unready",
      hasAddresses: false,
    });
    expect(stagingHealthAt(deploy, T0 + 1000, STEP)).toMatchObject({
      phase: "ContainerCreating",
      scheduled: "ok",
      initialized: "unready",
      containersReady: "unready",
      hasAddresses: true,
    });
    expect(stagingHealthAt(deploy, T0 + 2000, STEP)).toEqual({
      phase: "Running",
      scheduled: "ok",
      initialized: "ok",
      containersReady: "ok",
      ready: "ok",
      restartCount: 0,
      lastTerminatedReason: "",
      hasAddresses: true,
      running: true,
    });
  });

  it("stops at ImagePullBackOff for an image that cannot be pulled", () => {
    const broken = { ...deploy, failure: { phase: "ImagePullBackOff" as const } };
    expect(stagingHealthAt(broken, T0 + 60_000, STEP)).toMatchObject({
      phase: "ImagePullBackOff",
      initialized: "unready",
      containersReady: "unready",
      running: false,
      restartCount: 0,
    });
  });

  it("counts restarts in CrashLoopBackOff with the last reason", () => {
    const crashing = {
      ...deploy,
      failure: { phase: "CrashLoopBackOff" as const, reason: "OOMKilled" },
    };
    expect(stagingHealthAt(crashing, T0 + 2000, STEP)).toMatchObject({
      phase: "CrashLoopBackOff",
      initialized: "ok",
      ready: "unready",
      restartCount: 1,
      lastTerminatedReason: "OOMKilled",
    });
    expect(stagingHealthAt(crashing, T0 + 5000, STEP).restartCount).toBe(4);
  });
});
