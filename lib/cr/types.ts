// The app's own shapes for Container Registry Enterprise Edition data (camelCase). lib/cr's
// mappers convert the raw `cr` 2018-12-01 bodies into these. Type-only: the picker imports it.

export interface CrRegion {
  regionId: string;
  localName: string;
}

export interface CrInstance {
  instanceId: string;
  name: string;
  /** RUNNING, STARTING, … */
  status: string;
  /** Enterprise_Basic | Enterprise_Standard | Enterprise_Advanced */
  specification: string;
  /** The region of the cr.<region> host that listed it. */
  regionId: string;
}

export interface CrDomain {
  domain: string;
  /** SYSTEM | USER */
  type: string;
}

export interface CrEndpoint {
  /** internet | vpc */
  type: string;
  enabled: boolean;
  status: string;
  domains: CrDomain[];
}

export interface CrNamespace {
  namespaceId: string;
  name: string;
  status: string;
}

export interface CrRepository {
  repoId: string;
  name: string;
  namespace: string;
  /** PUBLIC | PRIVATE */
  type: string;
  status: string;
  summary: string;
  /** ms since the epoch, when known. */
  modifiedTime?: number;
}

export interface CrTag {
  tag: string;
  digest: string;
  imageId: string;
  /** Bytes. */
  size: number;
  /** ms since the epoch (ListRepoTag sends strings, GetRepoTag numbers). */
  createTime: number;
  updateTime: number;
  status: string;
}

export interface CrPage<T> {
  items: T[];
  pageNo: number;
  pageSize: number;
  totalCount: number;
}
