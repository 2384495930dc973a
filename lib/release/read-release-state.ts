import "server-only";

import {
  getAppStatus,
  getStagingDeployStatus,
  listDeployRegions,
} from "@/lib/esa/release-operations";

import type { ReleaseState } from "./release-state";

/** Both environments' status, staging's health and the deploy regions, read together. */
export async function readReleaseState(appId: string): Promise<ReleaseState> {
  const [staging, production, health, regions] = await Promise.all([
    getAppStatus(appId, "staging"),
    getAppStatus(appId, "prod"),
    getStagingDeployStatus(appId),
    listDeployRegions(appId),
  ]);
  return {
    appId,
    staging: staging.status,
    production: production.status,
    health: health.health,
    regions: regions.regions,
    readAt: new Date().toISOString(),
  };
}
