// PublishEdgeContainerAppVersion and RollbackEdgeContainerAppVersion. Placement (query or body) is
// the client's concern; the gateway merges both, as the service's does.
import { invalidParameter } from "../gateway/api-error";
import { requiredParam, type Params } from "../gateway/params";
import { APP_ID_PATTERN } from "./ids";
import type { VersionRecord } from "./model";
import {
  booleanParam,
  percentageParam,
  publishEnvParam,
  regionsParam,
  requireApp,
  requireVersion,
  startTimeParam,
} from "./op-release-params";
import { enumParam } from "../gateway/params";
import { invalidVersionId, unknownAppForRollback } from "./release-errors";
import { deployRegionsOf } from "./seed-releases";
import type { SandboxStore } from "./store";

function requireCreated(version: VersionRecord): void {
  if (version.Status !== "created")
    throw invalidVersionId(
      `${version.VersionId} is ${version.Status}; only a created version can be released.`,
    );
}

/** Percentage of the app's regions the named ones make up; every region (or FullRelease) is 100. */
function regionPercentage(appId: string, regions: string[], fullRelease: boolean): number {
  if (fullRelease) return 100;
  const all = deployRegionsOf(appId);
  if (regions.length === 0)
    throw invalidParameter(
      "Regions",
      "name at least one region when PublishType is region and FullRelease is false.",
    );
  const unknown = regions.filter((region) => !all.includes(region));
  if (unknown.length > 0)
    throw invalidParameter(
      "Regions",
      `${unknown.join(", ")} is not a deploy region of this application (${all.join(", ")}).`,
    );
  return Math.max(1, Math.round((100 * regions.length) / all.length));
}

export function publishVersion(params: Params, store: SandboxStore): Record<string, unknown> {
  requiredParam(params, "VersionId");
  const app = requireApp(params, store);
  const env = publishEnvParam(params);
  const percentage = percentageParam(params) ?? 100;
  const publishType =
    enumParam(params, "PublishType", ["percentage", "region"] as const) ?? "percentage";
  const regions = regionsParam(params);
  const fullRelease = booleanParam(params, "FullRelease");
  const startAt = startTimeParam(params, store.now());
  const version = requireVersion(params, store, app.AppId);
  requireCreated(version);

  if (env === "staging") {
    // [INF] Staging is one container: percentage, regions and start time do not apply.
    store.releases.publishStaging(app.AppId, version);
    return {};
  }
  const region = publishType === "region";
  store.releases.publishProd(app.AppId, version.VersionId, {
    publishType,
    percentage: region ? regionPercentage(app.AppId, regions, fullRelease) : percentage,
    regions: region
      ? fullRelease && regions.length === 0
        ? deployRegionsOf(app.AppId)
        : regions
      : [],
    fullRelease: region && fullRelease,
    startAt,
  });
  return {};
}

export function rollbackVersion(params: Params, store: SandboxStore): Record<string, unknown> {
  // Rollback's reference page answers InvalidParameter.appid for a bad or unknown app, and
  // InvalidParameter (not .Percentage) for a bad percentage.
  const appId = requiredParam(params, "AppId");
  const versionId = requiredParam(params, "VersionId");
  if (!APP_ID_PATTERN.test(appId) || !store.getApp(appId)) throw unknownAppForRollback();
  const usedPercent = booleanParam(params, "UsedPercent");
  const percentage = percentageParam(params, (raw) =>
    invalidParameter("Percentage", `must be an integer from 1 to 100, got "${raw}".`),
  );
  if (usedPercent && percentage === undefined)
    throw invalidParameter("Percentage", "is required when UsedPercent is true.");
  const version = store.getVersion(appId, versionId);
  if (!version) throw invalidVersionId(`${versionId} is not a version of this application.`);
  requireCreated(version);
  store.releases.rollback(appId, version, usedPercent ? percentage : 100);
  return {};
}
