import { describe, expect, it } from "vitest";

import {
  appStatus,
  releaseState,
  stagingHealth,
  stagingRunning,
} from "@/lib/testing/release-state-fixtures";

import { inEnglish, inLocale } from "@/lib/testing/i18n";

import { describePlacement, inUseReason, placementOf } from "./version-placement";

// Both give message references; people read them in English here (and once in Chinese).
const linesOf = (...args: Parameters<typeof placementOf>) =>
  describePlacement(placementOf(...args)).map(inEnglish);
const reasonOf = (...args: Parameters<typeof inUseReason>) => {
  const reason = inUseReason(...args);
  return reason === null ? null : inEnglish(reason);
};

const canary = releaseState({
  production: appStatus("prod", {
    publishingVersionId: "ver-3",
    baselineVersionId: "ver-2",
    deployedVersionId: "ver-2",
    publishStatus: "publishing",
    deployStatus: "deploying",
    publishType: "percentage",
    publishPercentage: 25,
    expectPercentage: 50,
  }),
});

describe("placementOf / describePlacement", () => {
  it("production at 100% and staging running", () => {
    const state = releaseState(stagingRunning("ver-2"));
    expect(linesOf(state, "ver-2")).toEqual(["Staging", "Production 100%"]);
    expect(placementOf(state, "ver-1")).toEqual({});
  });

  it("a release in progress: the new version's share and target, the baseline's remainder", () => {
    expect(linesOf(canary, "ver-3")).toEqual(["Production 25% → 50%"]);
    expect(linesOf(canary, "ver-2")).toEqual(["Production 75%"]);
  });

  it("a region release names its regions, or every region with a full release", () => {
    const regions = (fullRelease: boolean) =>
      releaseState({
        production: appStatus("prod", {
          publishingVersionId: "ver-3",
          publishStatus: "published",
          deployStatus: "deployed",
          publishType: "region",
          publishPercentage: 50,
          fullRelease,
          regions: ["zhejiang"],
        }),
      });
    expect(linesOf(regions(false), "ver-3")).toEqual(["Production: zhejiang"]);
    expect(linesOf(regions(true), "ver-3")).toEqual(["Production: all regions"]);
  });

  it("staging publishing, failing, and the version it still runs meanwhile", () => {
    const coming = releaseState({
      staging: appStatus("staging", {
        publishingVersionId: "ver-4",
        deployedVersionId: "ver-2",
        publishStatus: "publishing",
        deployStatus: "deploying",
      }),
      health: stagingHealth({ phase: "ContainerCreating" }),
    });
    expect(placementOf(coming, "ver-4").staging).toBe("publishing");
    expect(placementOf(coming, "ver-2").staging).toBe("running");
    const failing = { ...coming, health: stagingHealth({ phase: "ImagePullBackOff" }) };
    expect(linesOf(failing, "ver-4")).toEqual(["Staging (failing)"]);
  });
});

describe("inUseReason", () => {
  it("refuses the live version, the baseline still serving and a release's versions", () => {
    expect(reasonOf(releaseState(), "ver-2")).toBe("production serves it (100% of traffic)");
    expect(reasonOf(canary, "ver-3")).toBe("it is part of the production release in progress");
    expect(reasonOf(canary, "ver-2")).toBe("it is part of the production release in progress");
    expect(reasonOf(releaseState(stagingRunning("ver-9")), "ver-9")).toBe("staging runs it");
    expect(inLocale("zh-CN", inUseReason(releaseState(), "ver-2") ?? "")).toBe(
      "生产环境正在使用它（100% 的流量）",
    );
  });

  it("lets an idle version go: the baseline of a finished release serves nothing", () => {
    expect(inUseReason(releaseState(), "ver-1")).toBeNull();
    expect(inUseReason(releaseState(), "ver-7")).toBeNull();
  });

  it("after a finished rollback, the version rolled away from is idle", () => {
    const rolledBack = releaseState({
      production: appStatus("prod", {
        publishingVersionId: "ver-1",
        baselineVersionId: "ver-2",
        deployedVersionId: "ver-1",
        publishStatus: "rollbacked",
        deployStatus: "deployed",
        publishPercentage: 100,
        expectPercentage: 100,
      }),
    });
    expect(inUseReason(rolledBack, "ver-2")).toBeNull();
    expect(reasonOf(rolledBack, "ver-1")).toBe("production serves it (100% of traffic)");
  });
});
