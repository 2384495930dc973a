import type { EsaAppStatus, EsaStagingHealth } from "@/lib/esa/release-types";

// What the release view shows of one app, as the route handler sends it: both environments'
// status, staging's health and the regions production may be published to. Type-only apart
// from nothing: client components import it.

export interface ReleaseState {
  appId: string;
  staging: EsaAppStatus;
  production: EsaAppStatus;
  health: EsaStagingHealth;
  /** GetEdgeContainerDeployRegions: where a region publish may go. */
  regions: string[];
  /** When the server read it (ISO, UTC). */
  readAt: string;
}
