import type { EsaAppStatus } from "@/lib/esa/release-types";
import { msg } from "@/lib/i18n/message-ref";

import type { ReleaseState } from "./release-state";
import { isEnvMoving, isStagingFailing } from "./rollout-motion";

// Where one version runs, from the two environments' status: for the version list's "Runs on"
// column and for the server's refusal to delete a version that is live or being published.

export interface ProductionPlacement {
  /** Share of production traffic it serves now, 0-100. */
  percentage: number;
  /** Being released to (or rolled back to) right now, towards `expectPercentage`. */
  moving: boolean;
  expectPercentage?: number;
  /** A region release: the regions it goes to; fullRelease means every region. */
  regions?: string[];
  fullRelease?: boolean;
}

export interface VersionPlacement {
  staging?: "running" | "publishing" | "failing";
  production?: ProductionPlacement;
}

function stagingPlacement(state: ReleaseState, versionId: string): VersionPlacement["staging"] {
  const { staging, health } = state;
  if (staging.publishingVersionId === versionId) {
    if (isStagingFailing(health)) return "failing";
    return health.phase === "Running" && !isEnvMoving(staging) ? "running" : "publishing";
  }
  // While a newer version comes up, the one before it may still be what staging serves.
  if (staging.deployedVersionId === versionId) return "running";
  return undefined;
}

function productionPlacement(
  status: EsaAppStatus,
  versionId: string,
): ProductionPlacement | undefined {
  const moving = isEnvMoving(status);
  const share = status.publishPercentage ?? (moving ? 0 : 100);
  if (status.publishingVersionId === versionId) {
    if (share === 0 && !moving) return undefined;
    const placement: ProductionPlacement = { percentage: share, moving };
    if (moving && status.expectPercentage !== undefined)
      placement.expectPercentage = status.expectPercentage;
    if (status.publishType === "region") {
      placement.regions = status.regions;
      placement.fullRelease = status.fullRelease;
    }
    return placement;
  }
  if (status.baselineVersionId === versionId && (share < 100 || moving))
    return { percentage: 100 - share, moving };
  if (!status.publishingVersionId && status.deployedVersionId === versionId)
    return { percentage: 100, moving };
  return undefined;
}

export function placementOf(state: ReleaseState, versionId: string): VersionPlacement {
  const placement: VersionPlacement = {};
  const staging = stagingPlacement(state, versionId);
  const production = productionPlacement(state.production, versionId);
  if (staging) placement.staging = staging;
  if (production) placement.production = production;
  return placement;
}

/** Why a version may not be deleted now (it is live or being published), or null. A message
 * reference (lib/i18n/message-ref.ts), like every line describePlacement gives. */
export function inUseReason(state: ReleaseState, versionId: string): string | null {
  const { staging, production } = placementOf(state, versionId);
  if (production) {
    return production.moving
      ? msg("release.inUse.moving")
      : msg("release.inUse.serves", { share: production.percentage / 100 });
  }
  if (staging === "running") return msg("release.inUse.stagingRuns");
  if (staging) return msg("release.inUse.stagingPublishing");
  return null;
}

/** "Staging", "Production 25% → 50%", "Production: zhejiang, jiangsu": message references, one per line. */
export function describePlacement(placement: VersionPlacement): string[] {
  const lines: string[] = [];
  if (placement.staging) {
    const key = { running: "staging", publishing: "stagingPublishing", failing: "stagingFailing" }[
      placement.staging
    ];
    lines.push(msg(`release.placement.${key}`));
  }
  const prod = placement.production;
  if (prod) {
    if (prod.regions && (prod.fullRelease || prod.regions.length > 0)) {
      lines.push(
        prod.fullRelease
          ? msg("release.placement.productionAllRegions")
          : msg("release.placement.productionRegions", { regions: prod.regions.join(", ") }),
      );
    } else {
      const share = prod.percentage / 100;
      lines.push(
        prod.moving &&
          prod.expectPercentage !== undefined &&
          prod.expectPercentage !== prod.percentage
          ? msg("release.placement.productionMoving", { share, target: prod.expectPercentage / 100 })
          : msg("release.placement.production", { share }),
      );
    }
  }
  return lines;
}
