import "server-only";

import { AliyunError } from "@/lib/aliyun/errors";
import { optNumber, record, text, type Raw } from "@/lib/aliyun/raw-values";
import { msg } from "@/lib/i18n/message-ref";

import type {
  CrEndpoint,
  CrInstance,
  CrNamespace,
  CrPage,
  CrRegion,
  CrRepository,
  CrTag,
} from "./types";

// Pure converters from Container Registry's raw bodies to the app's types. TotalCount is a number
// in ListInstance and a string elsewhere; ImageCreate/ImageUpdate are strings in ListRepoTag and
// numbers in GetRepoTag (acr-api-facts.md, "Actions"): both read as numbers here.

function badResponse(action: string, what: string): AliyunError {
  return new AliyunError({
    kind: "bad-response",
    code: "InvalidResponse",
    action,
    message: msg("registry.cr.unreadableAnswer", { what }),
    retryable: true,
  });
}

const list = (value: unknown): Raw[] =>
  Array.isArray(value) ? value.map(record).filter((r): r is Raw => r !== undefined) : [];

function page<T>(body: Raw, items: T[], fallbackSize: number): CrPage<T> {
  return {
    items,
    pageNo: optNumber(body.PageNo) ?? 1,
    pageSize: optNumber(body.PageSize) ?? fallbackSize,
    totalCount: optNumber(body.TotalCount) ?? items.length,
  };
}

function required(action: string, raw: Raw, key: string): string {
  const value = text(raw[key]);
  if (value === "") throw badResponse(action, msg("registry.cr.itemWithout", { field: key }));
  return value;
}

export function mapRegions(body: Raw): CrRegion[] {
  return list(body.Regions).map((r) => ({
    regionId: required("ListInstanceRegion", r, "RegionId"),
    localName: text(r.LocalName) || text(r.RegionId),
  }));
}

export function mapInstancePage(body: Raw, regionId: string): CrPage<CrInstance> {
  const items = list(body.Instances).map((r) => ({
    instanceId: required("ListInstance", r, "InstanceId"),
    name: text(r.InstanceName),
    status: text(r.InstanceStatus),
    specification: text(r.InstanceSpecification),
    // The host that was asked decides the region; an item's own RegionId agrees with it.
    regionId: text(r.RegionId) || regionId,
  }));
  return page(body, items, 30);
}

export function mapEndpoints(body: Raw): CrEndpoint[] {
  return list(body.Endpoints).map((r) => ({
    type: text(r.EndpointType),
    enabled: r.Enable === true || r.Enable === "true",
    status: text(r.Status),
    domains: list(r.Domains)
      .map((d) => ({ domain: text(d.Domain), type: text(d.Type) }))
      .filter((d) => d.domain !== ""),
  }));
}

export function mapNamespacePage(body: Raw): CrPage<CrNamespace> {
  const items = list(body.Namespaces).map((r) => ({
    namespaceId: text(r.NamespaceId),
    name: required("ListNamespace", r, "NamespaceName"),
    status: text(r.NamespaceStatus),
  }));
  return page(body, items, 30);
}

export function mapRepository(action: string, r: Raw): CrRepository {
  return {
    repoId: required(action, r, "RepoId"),
    name: required(action, r, "RepoName"),
    namespace: required(action, r, "RepoNamespaceName"),
    type: text(r.RepoType),
    status: text(r.RepoStatus),
    summary: text(r.Summary),
    modifiedTime: optNumber(r.ModifiedTime),
  };
}

export function mapRepositoryPage(body: Raw): CrPage<CrRepository> {
  const items = list(body.Repositories).map((r) => mapRepository("ListRepository", r));
  return page(body, items, 30);
}

export function mapTag(action: string, r: Raw): CrTag {
  return {
    tag: required(action, r, "Tag"),
    digest: text(r.Digest),
    imageId: text(r.ImageId),
    size: optNumber(r.ImageSize) ?? 0,
    createTime: optNumber(r.ImageCreate) ?? 0,
    updateTime: optNumber(r.ImageUpdate) ?? optNumber(r.ImageCreate) ?? 0,
    status: text(r.Status),
  };
}

export function mapTagPage(body: Raw): CrPage<CrTag> {
  const items = list(body.Images).map((r) => mapTag("ListRepoTag", r));
  return page(body, items, 30);
}
