import type { EsaAppStatus } from "@/lib/esa/release-types";

// Which version production runs now, for the review's diff, and whether a plan for `versionId`
// is a raise of the version already being published. Pure: tested without ESA.

const MOVING_FORWARD = new Set(["publishing", "published"]);

/** The version a publish of `versionId` takes traffic from (or a raise's baseline); "" for none. */
export function productionBaseVersion(status: EsaAppStatus, versionId: string): string {
  const publishing = status.publishingVersionId;
  if (!publishing) return status.deployedVersionId || "";
  if (publishing === versionId) return status.baselineVersionId;
  // Nothing of the publishing version serves yet: its baseline is what runs.
  return (status.publishPercentage ?? 100) > 0 ? publishing : status.baselineVersionId;
}

export function isRaise(status: EsaAppStatus, versionId: string): boolean {
  return status.publishingVersionId === versionId && MOVING_FORWARD.has(status.publishStatus);
}

/** The share a raise must exceed: what the publishing version serves or is heading for. */
export function raiseFloor(status: EsaAppStatus): number {
  return Math.max(status.publishPercentage ?? 0, status.expectPercentage ?? 0);
}
