// GetEdgeContainerAppStatus, GetEdgeContainerStagingDeployStatus, GetEdgeContainerDeployRegions,
// and the two staging/version housekeeping writes: RebuildEdgeContainerAppStagingEnv and
// DeleteEdgeContainerAppVersion.
import type { Params } from "../gateway/params";
import { publishEnvParam, requireApp, requireVersion } from "./op-release-params";
import { stateConflict } from "./release-errors";
import { deployRegionsOf } from "./seed-releases";
import type { SandboxStore } from "./store";

export function getAppStatus(params: Params, store: SandboxStore): Record<string, unknown> {
  const app = requireApp(params, store);
  // [INF] PublishEnv is optional in the SDK; without it, production.
  const env = publishEnvParam(params, "prod");
  return { AppStatus: store.releases.appStatus(app.AppId, env) };
}

export function getStagingDeployStatus(
  params: Params,
  store: SandboxStore,
): Record<string, unknown> {
  const app = requireApp(params, store);
  return store.releases.stagingHealth(app.AppId);
}

export function getDeployRegions(params: Params, store: SandboxStore): Record<string, unknown> {
  const app = requireApp(params, store);
  return { Regions: deployRegionsOf(app.AppId) };
}

export function rebuildStagingEnv(params: Params, store: SandboxStore): Record<string, unknown> {
  const app = requireApp(params, store);
  store.releases.rebuildStaging(app.AppId);
  return {};
}

export function deleteVersion(params: Params, store: SandboxStore): Record<string, unknown> {
  const app = requireApp(params, store);
  const version = requireVersion(params, store, app.AppId);
  // [INF] The service's refusal to delete a live version is not documented; 400 InternalException.
  if (store.releases.isLive(app.AppId, version.VersionId))
    throw stateConflict(
      `${version.VersionId} is published or being published; roll back or publish another version before deleting it.`,
    );
  store.deleteVersion(app.AppId, version.VersionId);
  return {};
}
