import "server-only";

import { call } from "./client";
import { EsaError } from "./errors";
import { mapAppStatus, mapDeployRegions, mapStagingHealth } from "./release-mappers";
import { requestIdOf } from "./mappers";
import { reconcileLostAnswer } from "./release-reconcile";
import type {
  EsaAppStatus,
  EsaStagingHealth,
  PublishEnv,
  PublishRequest,
  ReleaseWriteResult,
  RollbackRequest,
} from "./release-types";
import type { WithRequestId } from "./types";

// Typed release operations. Which parameter goes in the query and which in the form body is
// part of the signed request and follows the official SDK 2.43.0 exactly
// (esa-sdk-2.43.0-other-actions.txt). Writes are sent once; a publish or rollback whose answer is
// lost is reconciled from the app's status, never sent again.

export async function getAppStatus(
  appId: string,
  env: PublishEnv,
): Promise<WithRequestId<{ status: EsaAppStatus }>> {
  const query = { AppId: appId, PublishEnv: env };
  return mapAppStatus(await call("GetEdgeContainerAppStatus", { method: "POST", query }), env);
}

export async function getStagingDeployStatus(
  appId: string,
): Promise<WithRequestId<{ health: EsaStagingHealth }>> {
  const query = { AppId: appId };
  return mapStagingHealth(
    await call("GetEdgeContainerStagingDeployStatus", { method: "GET", query }),
  );
}

export async function listDeployRegions(
  appId: string,
): Promise<WithRequestId<{ regions: string[] }>> {
  const query = { AppId: appId };
  return mapDeployRegions(await call("GetEdgeContainerDeployRegions", { method: "GET", query }));
}

/** Query: VersionId, PublishType, Regions (one JSON string), FullRelease. Body: AppId, Percentage, PublishEnv, Remarks, StartTime. */
export function publishWire(request: PublishRequest): {
  query: Record<string, string>;
  body: Record<string, string>;
} {
  const query: Record<string, string> = { VersionId: request.versionId };
  const body: Record<string, string> = { AppId: request.appId, PublishEnv: request.env };
  if (request.env === "prod") {
    const { target } = request;
    query.PublishType = target.by;
    if (target.by === "percentage") body.Percentage = String(target.percentage);
    else {
      query.Regions = JSON.stringify(target.regions);
      query.FullRelease = String(target.fullRelease);
    }
    if (request.startTime) body.StartTime = request.startTime;
  }
  if (request.remarks) body.Remarks = request.remarks;
  return { query, body };
}

/** Query: VersionId, Percentage, UsedPercent. Body: AppId, Remarks. */
export function rollbackWire(request: RollbackRequest): {
  query: Record<string, string>;
  body: Record<string, string>;
} {
  const query: Record<string, string> = { VersionId: request.versionId };
  if (request.percentage !== undefined) {
    query.Percentage = String(request.percentage);
    query.UsedPercent = "true";
  }
  const body: Record<string, string> = { AppId: request.appId };
  if (request.remarks) body.Remarks = request.remarks;
  return { query, body };
}

async function sendOnce(
  action: string,
  wire: { query: Record<string, string>; body: Record<string, string> },
  reconcile: (lost: EsaError) => Promise<ReleaseWriteResult>,
): Promise<ReleaseWriteResult> {
  try {
    const response = await call(action, { method: "POST", ...wire });
    return { state: "accepted", requestId: requestIdOf(response) };
  } catch (error) {
    if (error instanceof EsaError && error.outcomeUnknown) return reconcile(error);
    throw error;
  }
}

export async function publishVersion(request: PublishRequest): Promise<ReleaseWriteResult> {
  return sendOnce("PublishEdgeContainerAppVersion", publishWire(request), (lost) =>
    reconcileLostAnswer({ kind: "publish", request }, lost, getAppStatus),
  );
}

export async function rollbackVersion(request: RollbackRequest): Promise<ReleaseWriteResult> {
  return sendOnce("RollbackEdgeContainerAppVersion", rollbackWire(request), (lost) =>
    reconcileLostAnswer({ kind: "rollback", request }, lost, getAppStatus),
  );
}

/** Sent once; a lost answer is reported as such (outcomeUnknown), to be checked in the version list. */
export async function deleteVersion(
  appId: string,
  versionId: string,
): Promise<WithRequestId<object>> {
  const query = { AppId: appId, VersionId: versionId };
  return {
    requestId: requestIdOf(await call("DeleteEdgeContainerAppVersion", { method: "POST", query })),
  };
}

export async function rebuildStagingEnv(appId: string): Promise<WithRequestId<object>> {
  const query = { AppId: appId };
  return {
    requestId: requestIdOf(
      await call("RebuildEdgeContainerAppStagingEnv", { method: "POST", query }),
    ),
  };
}
