import type { EsaAppStatus, EsaStagingHealth } from "@/lib/esa/release-types";
import type { ReleaseState } from "@/lib/release/release-state";

// Release states for the pure tests of lib/release: settled by default, changed per test.

export function appStatus(env: "prod" | "staging", over: Partial<EsaAppStatus> = {}): EsaAppStatus {
  return {
    env,
    publishingVersionId: "",
    baselineVersionId: "",
    deployedVersionId: "",
    publishStatus: "",
    deployStatus: "undeploy",
    fullRelease: false,
    regions: [],
    ...over,
  };
}

export function stagingHealth(over: Partial<EsaStagingHealth> = {}): EsaStagingHealth {
  return {
    phase: "NoContainer",
    initialized: "unready",
    scheduled: "unready",
    ready: "unready",
    containersReady: "unready",
    restartCount: 0,
    vips: [],
    ...over,
  };
}

/** Production at 100% on ver-2 (baseline ver-1), nothing on staging. */
export function releaseState(over: Partial<ReleaseState> = {}): ReleaseState {
  return {
    appId: "app-1",
    staging: appStatus("staging"),
    production: appStatus("prod", {
      publishingVersionId: "ver-2",
      baselineVersionId: "ver-1",
      deployedVersionId: "ver-2",
      publishStatus: "published",
      deployStatus: "deployed",
      publishType: "percentage",
      publishPercentage: 100,
      expectPercentage: 100,
    }),
    health: stagingHealth(),
    regions: ["zhejiang", "jiangsu"],
    readAt: "2026-01-01T00:00:00Z",
    ...over,
  };
}

export const RUNNING_HEALTH = stagingHealth({
  phase: "Running",
  initialized: "ok",
  scheduled: "ok",
  ready: "ok",
  containersReady: "ok",
  vips: ["203.0.113.1"],
});

/** Staging running `versionId`, settled. */
export function stagingRunning(versionId: string): Pick<ReleaseState, "staging" | "health"> {
  return {
    staging: appStatus("staging", {
      publishingVersionId: versionId,
      deployedVersionId: versionId,
      publishStatus: "published",
      deployStatus: "deployed",
      publishPercentage: 100,
    }),
    health: RUNNING_HEALTH,
  };
}
