// ListEdgeContainerAppVersions and GetEdgeContainerAppVersion.
import { ERROR_MESSAGES, SandboxApiError } from "../gateway/api-error";
import { fuzzyMatch, pageOf, readListRequest, sortRecords } from "./list-query";
import { toListedContainer, type VersionRecord } from "./model";
import { appNotFound } from "./op-apps";
import { requiredParam, type Params } from "../gateway/params";
import type { SandboxStore } from "./store";

const VERSION_SEARCH_TYPES = ["VersionId", "Name"] as const;

export function listVersions(params: Params, store: SandboxStore): Record<string, unknown> {
  const appId = requiredParam(params, "AppId");
  // PageSize 1-100 for versions (esa-api-facts.md, section 4).
  const request = readListRequest(params, 100, VERSION_SEARCH_TYPES);
  const versions = store.listVersions(appId);
  if (!versions) throw appNotFound();

  const { searchKey, searchType } = request;
  const matches = (version: VersionRecord) => {
    if (searchKey === undefined) return true;
    if (searchType === "VersionId") return fuzzyMatch(version.VersionId, searchKey);
    if (searchType === "Name") return fuzzyMatch(version.Name, searchKey);
    return fuzzyMatch(version.VersionId, searchKey) || fuzzyMatch(version.Name, searchKey);
  };
  const found = sortRecords(versions.filter(matches), request, (v) => v.VersionId);
  return {
    PageNumber: request.pageNumber,
    PageSize: request.pageSize,
    TotalCount: found.length,
    Versions: pageOf(found, request.pageNumber, request.pageSize).map((version) => ({
      ...version,
      Containers: version.Containers.map(toListedContainer),
    })),
  };
}

export function getVersion(params: Params, store: SandboxStore): Record<string, unknown> {
  const appId = requiredParam(params, "AppId");
  const versionId = requiredParam(params, "VersionId");
  if (!store.getApp(appId)) throw appNotFound();
  const version = store.getVersion(appId, versionId);
  if (!version)
    throw new SandboxApiError(404, "InvalidVersion.NotFound", ERROR_MESSAGES.versionNotFound);
  return { Version: version };
}
