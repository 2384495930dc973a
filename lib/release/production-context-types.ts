import type { VersionDiff } from "@/lib/version/version-diff";

// What a production release changes for users, as the requester saw it: stored with a four-eyes
// request so the approver reviews the same diff and plan. Type-only: safe anywhere.

export interface ProductionContext {
  /** "raise": the version is the one production is publishing; a higher share is asked for. */
  kind: "publish" | "raise";
  /** One line on what production runs now (lib/esa describeStatus). */
  productionSummary: string;
  /** The version production runs now, compared against; "" when production runs nothing. */
  baseVersionId: string;
  baseLabel: string;
  versionLabel: string;
  /** The publishing version's share of traffic now, when raising. */
  currentPercentage?: number;
  /** Field-level changes against the base version (secret-looking values masked); null without a base. */
  diff: VersionDiff | null;
}
