// The app's own shapes for ESA releases (camelCase), made from the raw bodies by
// release-mappers.ts. Type-only file: safe to import anywhere.
import type { EsaErrorPublic } from "./types";

export type PublishEnv = "prod" | "staging";

/** publishing | published | rollbacking | rollbacked, "" before any release. */
export type PublishStatus =
  "publishing" | "published" | "rollbacking" | "rollbacked" | "" | (string & {});
/** undeploy | deploying | deployed | undeploying. */
export type DeployStatus = "undeploy" | "deploying" | "deployed" | "undeploying" | (string & {});

export interface EsaAppStatus {
  env: PublishEnv;
  /** The version being released (or rolled back to); "" when none. */
  publishingVersionId: string;
  /** The version it replaces. */
  baselineVersionId: string;
  deployedVersionId: string;
  publishStatus: PublishStatus;
  deployStatus: DeployStatus;
  publishType?: "percentage" | "region" | (string & {});
  /** Share of traffic the publishing version has now, 0-100. */
  publishPercentage?: number;
  /** The share it is heading for. */
  expectPercentage?: number;
  fullRelease: boolean;
  regions: string[];
  publishTime?: string;
  deployTime?: string;
  rollbackTime?: string;
  unDeployTime?: string;
}

/** ok | unready, as the service reports each staging check. */
export type StagingCheck = "ok" | "unready" | (string & {});

export interface EsaStagingHealth {
  /** NoContainer, Pending, ContainerCreating, Running, Failed, ImagePullBackOff, CrashLoopBackOff, … */
  phase: string;
  initialized: StagingCheck;
  scheduled: StagingCheck;
  ready: StagingCheck;
  containersReady: StagingCheck;
  restartCount: number;
  lastTerminatedReason?: string;
  /** The staging addresses to test against. */
  vips: string[];
  creationTime?: string;
}

export type PublishRequest = {
  appId: string;
  versionId: string;
  remarks?: string;
} & (
  | { env: "staging" }
  | {
      env: "prod";
      /** 1-100 (ESA's default 100), or the regions to release to. */
      target:
        | { by: "percentage"; percentage: number }
        | { by: "region"; regions: string[]; fullRelease: boolean };
      /** UTC `yyyy-MM-ddTHH:mm:ssZ`; absent means now. */
      startTime?: string;
    }
);

export interface RollbackRequest {
  appId: string;
  /** The version to roll back to. */
  versionId: string;
  /** Roll back this share of traffic (1-100); absent means all of it. */
  percentage?: number;
  remarks?: string;
}

/**
 * What a publish or rollback came to. "accepted": ESA answered. "reconciled": the answer was lost
 * (timeout, dropped connection), nothing was sent again, and the app's status was read instead:
 * `applied` says whether it shows the requested change, `status` what it shows.
 */
export type ReleaseWriteResult =
  | { state: "accepted"; requestId: string }
  | {
      state: "reconciled";
      applied: boolean;
      status: EsaAppStatus;
      /** A sentence for the person: what was lost and what the status shows. */
      message: string;
      lostAnswer: EsaErrorPublic;
    };
