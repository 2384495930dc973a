import "server-only";

import { call } from "./client";
import { mapAppPage, mapCreateVersion, mapGetApp, mapGetVersion, mapVersionPage } from "./mappers";
import type { CreateVersionParams } from "@/lib/version/wire-types";

import { resolveTarget } from "./target";
import type {
  AppListOptions,
  BackendInfo,
  EsaApp,
  EsaVersion,
  Page,
  VersionListOptions,
  WithRequestId,
} from "./types";

// Typed operations for the rest of the app. Placement of each parameter (query or form body) and
// each method follow esa-api-facts.md, sections 1 and 4.

function listQuery(opts: AppListOptions | VersionListOptions): Record<string, string> {
  const query: Record<string, string> = {};
  if (opts.orderKey) query.OrderKey = opts.orderKey;
  if (opts.orderType) query.OrderType = opts.orderType;
  if (opts.pageNumber !== undefined) query.PageNumber = String(opts.pageNumber);
  if (opts.pageSize !== undefined) query.PageSize = String(opts.pageSize);
  if (opts.searchKey) query.SearchKey = opts.searchKey;
  if (opts.searchType) query.SearchType = opts.searchType;
  return query;
}

/**
 * Sends the params exactly as given, in the form body. `Containers` must already be the JSON
 * string lib/version's buildCreateVersionParams made: a raw array would be flattened by
 * openapi-client into Containers.1.Name=..., which the service does not accept.
 */
export async function createVersion(
  params: CreateVersionParams,
): Promise<WithRequestId<{ versionId: string }>> {
  const body: Record<string, string> = {
    AppId: params.AppId,
    Name: params.Name,
    Containers: params.Containers,
  };
  // buildCreateVersionParams already left out blank Remarks; an absent key stays absent.
  if (params.Remarks !== undefined) body.Remarks = params.Remarks;
  const response = await call("CreateEdgeContainerAppVersion", { method: "POST", body });
  return mapCreateVersion(response);
}

export async function listApps(opts: AppListOptions = {}): Promise<WithRequestId<Page<EsaApp>>> {
  return mapAppPage(
    await call("ListEdgeContainerApps", { method: "POST", query: listQuery(opts) }),
  );
}

export async function getApp(appId: string): Promise<WithRequestId<{ app: EsaApp }>> {
  return mapGetApp(await call("GetEdgeContainerApp", { method: "POST", query: { AppId: appId } }));
}

export async function listVersions(
  appId: string,
  opts: VersionListOptions = {},
): Promise<WithRequestId<Page<EsaVersion>>> {
  const query = { ...listQuery(opts), AppId: appId };
  return mapVersionPage(
    await call("ListEdgeContainerAppVersions", { method: "GET", query }),
    appId,
  );
}

export async function getVersion(
  appId: string,
  versionId: string,
): Promise<WithRequestId<{ version: EsaVersion }>> {
  const query = { AppId: appId, VersionId: versionId };
  return mapGetVersion(await call("GetEdgeContainerAppVersion", { method: "GET", query }), appId);
}

// Fuzzy search can match many names containing the wanted one; stop after this many pages.
const FIND_PAGE_SIZE = 100;
const FIND_MAX_PAGES = 10;

/** The versions whose name contains `searchKey` (ESA's fuzzy Name search), page by page. */
async function* versionsNamedLike(appId: string, searchKey: string): AsyncGenerator<EsaVersion[]> {
  for (let pageNumber = 1; pageNumber <= FIND_MAX_PAGES; pageNumber += 1) {
    const page = await listVersions(appId, {
      searchType: "Name",
      searchKey,
      pageNumber,
      pageSize: FIND_PAGE_SIZE,
    });
    yield page.items;
    if (page.items.length === 0 || pageNumber * FIND_PAGE_SIZE >= page.totalCount) return;
  }
}

/**
 * The version whose name is exactly `name`, with its full containers, or null. Used after a
 * create whose outcome is unknown. The list's containers lack fields (esa-api-facts.md,
 * section 4), so the match is fetched again with GetEdgeContainerAppVersion.
 */
export async function findVersionByName(appId: string, name: string): Promise<EsaVersion | null> {
  for await (const versions of versionsNamedLike(appId, name)) {
    const match = versions.find((version) => version.name === name);
    if (match) return (await getVersion(appId, match.versionId)).version;
  }
  return null;
}

/** The names of the app's versions that contain `searchKey` (at most 1000), e.g. to suggest a free one. */
export async function versionNamesContaining(appId: string, searchKey: string): Promise<string[]> {
  const names: string[] = [];
  for await (const versions of versionsNamedLike(appId, searchKey))
    names.push(...versions.map((version) => version.name));
  return names;
}

/** Which backend this process talks to, for display. Never includes a credential. */
export async function getBackendInfo(): Promise<BackendInfo> {
  const { mode, endpoint, protocol } = await resolveTarget();
  return { mode, endpoint, protocol };
}

// The release half: publish, rollback, delete, and the status reads (release-operations.ts).
export {
  deleteVersion,
  getAppStatus,
  getStagingDeployStatus,
  listDeployRegions,
  publishVersion,
  rebuildStagingEnv,
  rollbackVersion,
} from "./release-operations";
