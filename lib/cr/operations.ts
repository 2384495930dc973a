import "server-only";

import { crRequest } from "./client";
import {
  mapEndpoints,
  mapInstancePage,
  mapNamespacePage,
  mapRegions,
  mapRepository,
  mapRepositoryPage,
  mapTag,
  mapTagPage,
} from "./mappers";
import type {
  CrEndpoint,
  CrInstance,
  CrNamespace,
  CrPage,
  CrRegion,
  CrRepository,
  CrTag,
} from "./types";

// Typed Container Registry Enterprise Edition reads for the image picker and the submit check.
// Every parameter goes in the query (acr-api-facts.md, calling convention).

/** ListInstanceRegion lists every region; any regional host answers it. [INF] */
const REGION_LIST_HOST = "cn-hangzhou";

/** ListRepository and ListRepoTag take at most 100 per page. */
export const CR_MAX_PAGE_SIZE = 100;

export interface PageRequest {
  pageNo?: number;
  pageSize?: number;
}

function paging({ pageNo = 1, pageSize = 30 }: PageRequest): Record<string, string> {
  const size = Math.min(Math.max(1, Math.trunc(pageSize)), CR_MAX_PAGE_SIZE);
  return { PageNo: String(Math.max(1, Math.trunc(pageNo))), PageSize: String(size) };
}

export async function listInstanceRegions(): Promise<CrRegion[]> {
  return mapRegions(await crRequest("ListInstanceRegion", REGION_LIST_HOST, {}));
}

export async function listInstances(
  regionId: string,
  request: PageRequest = {},
): Promise<CrPage<CrInstance>> {
  return mapInstancePage(await crRequest("ListInstance", regionId, paging(request)), regionId);
}

export async function listInstanceEndpoints(
  regionId: string,
  instanceId: string,
): Promise<CrEndpoint[]> {
  const query = { InstanceId: instanceId, ModuleName: "Registry" };
  return mapEndpoints(await crRequest("ListInstanceEndpoint", regionId, query));
}

export async function listNamespaces(
  regionId: string,
  instanceId: string,
  request: PageRequest = {},
): Promise<CrPage<CrNamespace>> {
  const query = { InstanceId: instanceId, ...paging(request) };
  return mapNamespacePage(await crRequest("ListNamespace", regionId, query));
}

export interface RepositoryQuery extends PageRequest {
  namespace: string;
  /** Filters by repository name (the service matches it; the sandbox by substring). */
  name?: string;
}

export async function listRepositories(
  regionId: string,
  instanceId: string,
  q: RepositoryQuery,
): Promise<CrPage<CrRepository>> {
  const query: Record<string, string> = {
    InstanceId: instanceId,
    RepoNamespaceName: q.namespace,
    RepoStatus: "NORMAL",
    ...paging(q),
  };
  if (q.name) query.RepoName = q.name;
  return mapRepositoryPage(await crRequest("ListRepository", regionId, query));
}

export async function getRepository(
  regionId: string,
  instanceId: string,
  repoId: string,
): Promise<CrRepository> {
  const body = await crRequest("GetRepository", regionId, { InstanceId: instanceId, RepoId: repoId });
  return mapRepository("GetRepository", body);
}

export async function listTags(
  regionId: string,
  instanceId: string,
  repoId: string,
  request: PageRequest = {},
): Promise<CrPage<CrTag>> {
  const query = { InstanceId: instanceId, RepoId: repoId, ...paging(request) };
  const result = mapTagPage(await crRequest("ListRepoTag", regionId, query));
  // Newest first within the page, whatever order the service used.
  return { ...result, items: [...result.items].sort((a, b) => b.updateTime - a.updateTime) };
}

export async function getTag(
  regionId: string,
  instanceId: string,
  repoId: string,
  tag: string,
): Promise<CrTag> {
  const body = await crRequest("GetRepoTag", regionId, {
    InstanceId: instanceId,
    RepoId: repoId,
    Tag: tag,
  });
  return mapTag("GetRepoTag", body);
}
