import { versionHref } from "@/lib/browse/paths";
import type { EsaAppStatus } from "@/lib/esa/release-types";

// Where the production controls lead, and when Raise is offered: production has settled with the
// publishing version on part of the traffic (a raise while it moves is refused by ESA).

export const productionHref = (appId: string, versionId: string) =>
  `${versionHref(appId, versionId)}/production`;

/** The share a raise starts from, or null when no raise is possible now. */
export function raisableFrom(status: EsaAppStatus): number | null {
  if (status.publishStatus !== "published" || status.publishType === "region") return null;
  const share = status.publishPercentage ?? 100;
  return status.publishingVersionId && share < 100 ? share : null;
}
