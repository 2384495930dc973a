// The Container Registry actions the picker uses, answered like the `cr` 2018-12-01 API
// (acr-api-facts.md): every parameter read from the query, the region from the host (here the
// region header), TotalCount a number for instances and a string elsewhere, tag times as strings
// in ListRepoTag and numbers in GetRepoTag. Not-found answers are HTTP 200 with IsSuccess: false.
import type { ActionRequest } from "../gateway/context";
import { integerParam, optionalParam, requiredParam, type Params } from "../gateway/params";
import type { CrInstanceRecord, CrRepositoryRecord, CrTagRecord } from "./model";
import type { CrStore } from "./store";

export type CrOperation = (
  params: Params,
  request: ActionRequest,
  store: CrStore,
) => Record<string, unknown>;

/** Host without a region hint: the sandbox stands for cr.cn-hangzhou.aliyuncs.com. */
const DEFAULT_REGION = "cn-hangzhou";

const ok = (body: Record<string, unknown>) => ({ Code: "success", IsSuccess: true, ...body });

const notFound = (code: string, message: string) => ({ Code: code, IsSuccess: false, Message: message });

function pageOf<T>(items: T[], params: Params, fallback: number, max: number) {
  const pageNo = integerParam(params, "PageNo", { min: 1, max: 100_000, fallback: 1 });
  const pageSize = integerParam(params, "PageSize", { min: 1, max, fallback });
  return { pageNo, pageSize, slice: items.slice((pageNo - 1) * pageSize, pageNo * pageSize) };
}

/** The instance named by InstanceId in the request's region, or undefined. */
function instanceIn(store: CrStore, params: Params, request: ActionRequest): CrInstanceRecord | undefined {
  const id = requiredParam(params, "InstanceId");
  const region = request.region ?? DEFAULT_REGION;
  return store.data.instances.find((i) => i.InstanceId === id && i.RegionId === region);
}

const INSTANCE_MISSING = notFound("INSTANCE_NOT_EXIST", "The instance does not exist.");
const REPO_MISSING = notFound("REPO_NOT_EXIST", "The repository does not exist.");

function repoIn(store: CrStore, instanceId: string, params: Params): CrRepositoryRecord | undefined {
  const repoId = requiredParam(params, "RepoId");
  return store.data.repositories.find((r) => r.InstanceId === instanceId && r.RepoId === repoId);
}

const repoBody = (r: CrRepositoryRecord) => ({ ...r });

const tagBody = (t: CrTagRecord, timesAsText: boolean) => ({
  Tag: t.Tag,
  Digest: t.Digest,
  ImageId: t.ImageId,
  ImageSize: t.ImageSize,
  ImageCreate: timesAsText ? String(t.ImageCreate) : t.ImageCreate,
  ImageUpdate: timesAsText ? String(t.ImageUpdate) : t.ImageUpdate,
  Status: t.Status,
});

const listInstanceRegion: CrOperation = (_params, _request, store) =>
  ok({ Regions: store.data.regions.map((r) => ({ ...r })) });

const listInstance: CrOperation = (params, request, store) => {
  const region = request.region ?? DEFAULT_REGION;
  const status = optionalParam(params, "InstanceStatus");
  const all = store.data.instances.filter(
    (i) => i.RegionId === region && (!status || i.InstanceStatus === status),
  );
  const { pageNo, pageSize, slice } = pageOf(all, params, 30, 100);
  return ok({
    Instances: slice.map((i) => ({ ...i })),
    TotalCount: all.length,
    PageNo: pageNo,
    PageSize: pageSize,
  });
};

const listInstanceEndpoint: CrOperation = (params, request, store) => {
  const found = instanceIn(store, params, request);
  if (!found) return INSTANCE_MISSING;
  const host = `${found.InstanceName}-registry`;
  return ok({
    Endpoints: [
      {
        EndpointType: "internet",
        Enable: true,
        Status: "RUNNING",
        Domains: [{ Domain: `${host}.${found.RegionId}.cr.aliyuncs.com`, Type: "SYSTEM" }],
        LinkedVpcs: [],
      },
      {
        EndpointType: "vpc",
        Enable: true,
        Status: "RUNNING",
        Domains: [{ Domain: `${host}-vpc.${found.RegionId}.cr.aliyuncs.com`, Type: "SYSTEM" }],
        LinkedVpcs: [{ VpcId: "vpc-bp1sandbox0000001" }],
      },
    ],
  });
};

const listNamespace: CrOperation = (params, request, store) => {
  const found = instanceIn(store, params, request);
  if (!found) return INSTANCE_MISSING;
  const name = optionalParam(params, "NamespaceName");
  const all = store.data.namespaces.filter(
    (n) => n.InstanceId === found.InstanceId && (!name || n.NamespaceName === name),
  );
  const { pageNo, pageSize, slice } = pageOf(all, params, 30, 100);
  return ok({
    Namespaces: slice.map((n) => ({ ...n })),
    TotalCount: String(all.length),
    PageNo: pageNo,
    PageSize: pageSize,
  });
};

const listRepository: CrOperation = (params, request, store) => {
  const found = instanceIn(store, params, request);
  if (!found) return INSTANCE_MISSING;
  const namespace = optionalParam(params, "RepoNamespaceName");
  if (
    namespace &&
    !store.data.namespaces.some((n) => n.InstanceId === found.InstanceId && n.NamespaceName === namespace)
  )
    return notFound("NAMESPACE_NOT_EXIST", "The namespace does not exist.");
  // [INF] The service's RepoName filter; the sandbox matches a part of the name, ignoring case.
  const name = optionalParam(params, "RepoName")?.toLowerCase();
  const all = store.data.repositories.filter(
    (r) =>
      r.InstanceId === found.InstanceId &&
      (!namespace || r.RepoNamespaceName === namespace) &&
      (!name || r.RepoName.toLowerCase().includes(name)),
  );
  const { pageNo, pageSize, slice } = pageOf(all, params, 30, 100);
  return ok({
    Repositories: slice.map(repoBody),
    TotalCount: String(all.length),
    PageNo: pageNo,
    PageSize: pageSize,
  });
};

const getRepository: CrOperation = (params, request, store) => {
  const found = instanceIn(store, params, request);
  if (!found) return INSTANCE_MISSING;
  const repo = repoIn(store, found.InstanceId, params);
  return repo ? ok({ ...repoBody(repo), Detail: "", TagImmutability: false }) : REPO_MISSING;
};

const listRepoTag: CrOperation = (params, request, store) => {
  const found = instanceIn(store, params, request);
  if (!found) return INSTANCE_MISSING;
  const repo = repoIn(store, found.InstanceId, params);
  if (!repo) return REPO_MISSING;
  // Newest first, as the console shows them.
  const all = store.data.tags
    .filter((t) => t.RepoId === repo.RepoId)
    .sort((a, b) => b.ImageUpdate - a.ImageUpdate);
  const { pageNo, pageSize, slice } = pageOf(all, params, 30, 100);
  return ok({
    Images: slice.map((t) => tagBody(t, true)),
    TotalCount: String(all.length),
    PageNo: pageNo,
    PageSize: pageSize,
  });
};

const getRepoTag: CrOperation = (params, request, store) => {
  const found = instanceIn(store, params, request);
  if (!found) return INSTANCE_MISSING;
  const repo = repoIn(store, found.InstanceId, params);
  if (!repo) return REPO_MISSING;
  const tag = requiredParam(params, "Tag");
  const record = store.data.tags.find((t) => t.RepoId === repo.RepoId && t.Tag === tag);
  // [INF] The code for a missing tag is not published; it follows the other not-found codes.
  return record ? ok(tagBody(record, false)) : notFound("TAG_NOT_EXIST", "The tag does not exist.");
};

const OPERATIONS: Readonly<Record<string, CrOperation>> = {
  ListInstanceRegion: listInstanceRegion,
  ListInstance: listInstance,
  ListInstanceEndpoint: listInstanceEndpoint,
  ListNamespace: listNamespace,
  ListRepository: listRepository,
  GetRepository: getRepository,
  ListRepoTag: listRepoTag,
  GetRepoTag: getRepoTag,
};

export function findCrOperation(action: string): CrOperation | undefined {
  return Object.hasOwn(OPERATIONS, action) ? OPERATIONS[action] : undefined;
}
