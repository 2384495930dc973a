// The actions the sandbox answers. Anything else is `InvalidAction.NotFound`, as on the gateway.
import { getApp, listApps } from "./op-apps";
import { createVersion } from "./op-create-version";
import { getVersion, listVersions } from "./op-versions";
import { publishVersion, rollbackVersion } from "./op-publish";
import {
  deleteVersion,
  getAppStatus,
  getDeployRegions,
  getStagingDeployStatus,
  rebuildStagingEnv,
} from "./op-release-reads";
import type { Params } from "../gateway/params";
import type { SandboxStore } from "./store";

/** Returns the success body without RequestId; throws SandboxApiError for API errors. */
export type Operation = (params: Params, store: SandboxStore) => Record<string, unknown>;

const OPERATIONS: Readonly<Record<string, Operation>> = {
  CreateEdgeContainerAppVersion: createVersion,
  ListEdgeContainerApps: listApps,
  GetEdgeContainerApp: getApp,
  ListEdgeContainerAppVersions: listVersions,
  GetEdgeContainerAppVersion: getVersion,
  PublishEdgeContainerAppVersion: publishVersion,
  RollbackEdgeContainerAppVersion: rollbackVersion,
  DeleteEdgeContainerAppVersion: deleteVersion,
  GetEdgeContainerAppStatus: getAppStatus,
  GetEdgeContainerStagingDeployStatus: getStagingDeployStatus,
  GetEdgeContainerDeployRegions: getDeployRegions,
  RebuildEdgeContainerAppStagingEnv: rebuildStagingEnv,
};

export const SUPPORTED_ACTIONS = Object.keys(OPERATIONS);

export function findOperation(action: string): Operation | undefined {
  return Object.hasOwn(OPERATIONS, action) ? OPERATIONS[action] : undefined;
}
