// The release state rendered as the SDK's response shapes (GetEdgeContainerAppStatus's AppStatus,
// GetEdgeContainerStagingDeployStatus's body), PascalCase, numbers as numbers.
import { formatEsaTime } from "../gateway/time";
import {
  prodProgressAt,
  stagingHealthAt,
  STEP_POINTS,
  type ProdRelease,
  type StagingDeploy,
} from "./rollout";

export interface ProdRecord {
  release: ProdRelease;
  /** When the release before this one finished; the deploy time while this one moves. */
  previousDeployAt?: number;
  rollbackAt?: number;
}

const time = (ms: number | undefined) => (ms === undefined ? "" : formatEsaTime(ms));

/** When a release reaches its target. */
export function prodFinishAt(release: ProdRelease, stepMs: number): number {
  const distance = Math.abs(release.expectPercentage - release.fromPercentage);
  return release.startAt + Math.max(1, Math.ceil(distance / STEP_POINTS)) * Math.max(0, stepMs);
}

function emptyStatus(env: "prod" | "staging"): Record<string, unknown> {
  return {
    BaseLineVersion: "",
    DeployStatus: "undeploy",
    DeployTime: "",
    DeployedVersion: "",
    ExpectPercentage: 0,
    FullRelease: false,
    PublishEnv: env,
    PublishPercentage: 0,
    PublishStatus: "",
    PublishTime: "",
    PublishType: "",
    PublishingVersion: "",
    Regions: { Region: [] },
    RollbackTime: "",
    UnDeployTime: "",
  };
}

export function prodStatusBody(
  record: ProdRecord | undefined,
  now: number,
  stepMs: number,
): Record<string, unknown> {
  if (!record) return emptyStatus("prod");
  const { release } = record;
  const progress = prodProgressAt(release, now, stepMs);
  // The version most traffic goes to is the one "deployed".
  const deployed =
    progress.percentage >= 50 || !release.baselineVersionId
      ? release.versionId
      : release.baselineVersionId;
  return {
    ...emptyStatus("prod"),
    BaseLineVersion: release.baselineVersionId,
    DeployStatus: progress.deployStatus,
    DeployTime: time(progress.done ? prodFinishAt(release, stepMs) : record.previousDeployAt),
    DeployedVersion: deployed,
    ExpectPercentage: release.expectPercentage,
    FullRelease: release.fullRelease,
    PublishPercentage: progress.percentage,
    PublishStatus: progress.publishStatus,
    PublishTime: time(release.startAt),
    PublishType: release.publishType,
    PublishingVersion: release.versionId,
    Regions: { Region: [...release.regions] },
    RollbackTime: time(record.rollbackAt),
  };
}

export function stagingStatusBody(
  deploy: StagingDeploy | undefined,
  now: number,
  stepMs: number,
): Record<string, unknown> {
  if (!deploy) return emptyStatus("staging");
  const { running } = stagingHealthAt(deploy, now, stepMs);
  return {
    ...emptyStatus("staging"),
    BaseLineVersion: deploy.previousVersionId,
    DeployStatus: running ? "deployed" : "deploying",
    DeployTime: running ? time(deploy.startAt + 2 * Math.max(0, stepMs)) : "",
    DeployedVersion: running ? deploy.versionId : deploy.previousVersionId,
    ExpectPercentage: 100,
    PublishPercentage: running ? 100 : 0,
    PublishStatus: running ? "published" : "publishing",
    PublishTime: time(deploy.startAt),
    PublishType: "percentage",
    PublishingVersion: deploy.versionId,
  };
}

/** Staging addresses from the TEST-NET ranges, fixed per app so tests and people can read them. */
export function stagingVips(appId: string): string[] {
  const n = Number(appId.replace(/\D/g, "").slice(-4) || "0");
  return [`203.0.113.${(n % 250) + 1}`, `198.51.100.${(n % 250) + 1}`];
}

export function stagingHealthBody(
  appId: string,
  deploy: StagingDeploy | undefined,
  now: number,
  stepMs: number,
): Record<string, unknown> {
  if (!deploy)
    return {
      Phase: "NoContainer",
      Initialized: "unready",
      Scheduled: "unready",
      Ready: "unready",
      ContainersReady: "unready",
      PodRestartState: { RestartCount: 0, LastTerminatedReason: "" },
      VIPs: [],
      CreationTimestamp: "",
    };
  const health = stagingHealthAt(deploy, now, stepMs);
  return {
    Phase: health.phase,
    Initialized: health.initialized,
    Scheduled: health.scheduled,
    Ready: health.ready,
    ContainersReady: health.containersReady,
    PodRestartState: {
      RestartCount: health.restartCount,
      LastTerminatedReason: health.lastTerminatedReason,
    },
    VIPs: health.hasAddresses ? stagingVips(appId) : [],
    CreationTimestamp: time(deploy.startAt),
  };
}
