// Where each app's versions run: staging (one container) and production (a release moving traffic
// from a baseline version to another). Only what was asked and when is stored; progress is
// computed from the clock (rollout.ts). Refusals are thrown as the service's errors.
import type { VersionRecord } from "./model";
import { invalidVersionId, stateConflict } from "./release-errors";
import {
  prodStatusBody,
  stagingHealthBody,
  stagingStatusBody,
  type ProdRecord,
} from "./release-status";
import { prodProgressAt, servingShares, type PublishType, type StagingDeploy } from "./rollout";
import { prodFinishAt } from "./release-status";
import { imageFailureOf, seededProdReleases } from "./seed-releases";

export interface ProdPublish {
  publishType: PublishType;
  /** The target share, already resolved from Percentage or from the regions. */
  percentage: number;
  regions: string[];
  fullRelease: boolean;
  startAt: number;
}

export interface LedgerDeps {
  now: () => number;
  stepMs: number;
  /** The stored version, read only. */
  version: (appId: string, versionId: string) => VersionRecord | undefined;
}

/** A publish stamps the version's PublishTime/LastPublishTime when it starts. */
interface PendingStamp {
  appId: string;
  versionId: string;
  at: number;
}

export class ReleaseLedger {
  private prod = new Map<string, ProdRecord>();
  private staging = new Map<string, StagingDeploy>();
  private stamps: PendingStamp[] = [];

  constructor(private readonly deps: LedgerDeps) {}

  reset(): void {
    this.prod = new Map([...seededProdReleases()].map(([appId, release]) => [appId, { release }]));
    this.staging = new Map();
    this.stamps = [];
  }

  publishStaging(appId: string, version: VersionRecord): void {
    const now = this.deps.now();
    const current = this.staging.get(appId);
    this.staging.set(appId, {
      versionId: version.VersionId,
      previousVersionId: current?.versionId ?? "",
      startAt: now,
      failure: imageFailureOf(version.Containers.map((c) => c.Image)),
    });
    this.stamps.push({ appId, versionId: version.VersionId, at: now });
  }

  publishProd(appId: string, versionId: string, request: ProdPublish): void {
    const { now, stepMs } = this.deps;
    const record = this.prod.get(appId);
    let from = 0;
    let baseline = "";
    if (record) {
      const { release } = record;
      const progress = prodProgressAt(release, now(), stepMs);
      if (!progress.done)
        throw stateConflict(
          `Production is ${progress.publishStatus} ${release.versionId}; wait until it finishes.`,
        );
      const shares = servingShares(release, now(), stepMs);
      if (release.versionId === versionId) {
        from = progress.percentage;
        baseline = release.baselineVersionId;
      } else if (shares.size > 1) {
        throw stateConflict(
          `Production runs ${[...shares.keys()].join(" and ")}: raise ${release.versionId} to 100% or roll back before publishing another version.`,
        );
      } else {
        baseline = [...shares.keys()][0] ?? "";
      }
    }
    this.prod.set(appId, {
      release: {
        kind: "publish",
        versionId,
        baselineVersionId: baseline === versionId ? "" : baseline,
        publishType: request.publishType,
        fromPercentage: from,
        expectPercentage: request.percentage,
        fullRelease: request.fullRelease,
        regions: request.regions,
        requestedAt: now(),
        startAt: request.startAt,
      },
      previousDeployAt: record && prodFinishAt(record.release, stepMs),
      rollbackAt: record?.rollbackAt,
    });
    this.stamps.push({ appId, versionId, at: request.startAt });
  }

  /** Moves production traffic back to `version`: all of it, or `percentage` of it. */
  rollback(appId: string, version: VersionRecord, percentage = 100): void {
    const { now, stepMs } = this.deps;
    const record = this.prod.get(appId);
    if (!record)
      throw stateConflict(
        "Nothing has been published to production: there is nothing to roll back.",
      );
    const { release } = record;
    const progress = prodProgressAt(release, now(), stepMs);
    if (release.kind === "rollback" && !progress.done)
      throw stateConflict(`Production is already rolling back to ${release.versionId}.`);
    if (!version.PublishTime)
      throw invalidVersionId(`${version.VersionId} has never been published.`);

    const shares = servingShares(release, now(), stepMs);
    let baseline: string;
    let from: number;
    if (release.kind === "rollback" && release.versionId === version.VersionId) {
      // Rolling further back to the same version.
      baseline = release.baselineVersionId;
      from = progress.percentage;
    } else if (release.versionId === version.VersionId) {
      throw invalidVersionId(
        `${version.VersionId} is the version being released; roll back to the one before it.`,
      );
    } else if (release.baselineVersionId === version.VersionId || shares.size <= 1) {
      baseline = release.versionId;
      from = shares.get(version.VersionId) ?? 0;
    } else {
      throw invalidVersionId(
        `production runs ${[...shares.keys()].join(" and ")}; roll back to ${release.baselineVersionId} first.`,
      );
    }
    this.prod.set(appId, {
      release: {
        kind: "rollback",
        versionId: version.VersionId,
        baselineVersionId: baseline,
        publishType: "percentage",
        fromPercentage: from,
        expectPercentage: percentage,
        fullRelease: false,
        regions: [],
        requestedAt: now(),
        startAt: now(),
      },
      previousDeployAt: progress.done ? prodFinishAt(release, stepMs) : record.previousDeployAt,
      rollbackAt: now(),
    });
  }

  rebuildStaging(appId: string): void {
    const current = this.staging.get(appId);
    if (!current)
      throw stateConflict("Nothing has been published to staging: there is nothing to rebuild.");
    this.staging.set(appId, { ...current, startAt: this.deps.now() });
  }

  /** Serving traffic, or part of a release that is still moving, on either environment. */
  isLive(appId: string, versionId: string): boolean {
    if (this.staging.get(appId)?.versionId === versionId) return true;
    const record = this.prod.get(appId);
    if (!record) return false;
    const { now, stepMs } = this.deps;
    const { release } = record;
    if (!prodProgressAt(release, now(), stepMs).done)
      return release.versionId === versionId || release.baselineVersionId === versionId;
    return servingShares(release, now(), stepMs).has(versionId);
  }

  appStatus(appId: string, env: "prod" | "staging"): Record<string, unknown> {
    const { now, stepMs } = this.deps;
    return env === "prod"
      ? prodStatusBody(this.prod.get(appId), now(), stepMs)
      : stagingStatusBody(this.staging.get(appId), now(), stepMs);
  }

  stagingHealth(appId: string): Record<string, unknown> {
    return stagingHealthBody(appId, this.staging.get(appId), this.deps.now(), this.deps.stepMs);
  }

  /** The stamps whose release has started, removed from the pending list. */
  takeDueStamps(): PendingStamp[] {
    const now = this.deps.now();
    const due = this.stamps.filter((stamp) => stamp.at <= now);
    this.stamps = this.stamps.filter((stamp) => stamp.at > now);
    return due;
  }
}
