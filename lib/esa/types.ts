// The app's own shapes for ESA data (camelCase). lib/esa/mappers.ts converts the raw PascalCase
// responses into these at the module boundary. Type-only file: safe to import anywhere.

/**
 * One container exactly as ESA sends it (PascalCase keys, ProbeContent and ACRImageInfo as
 * nested objects). Kept raw on purpose: lib/version turns it into form values, and the List
 * response's containers lack IsACRImage, ACRImageInfo and Storage (esa-api-facts.md, section 4).
 * The request's typed container is lib/version's WireContainer; this is whatever the service sent.
 */
export type RawEsaContainer = Record<string, unknown>;

export interface EsaHealthCheck {
  type?: string;
  host?: string;
  /** e.g. "http_2xx": a string in the SDK model. */
  httpCode?: string;
  method?: string;
  uri?: string;
  port?: number;
  timeout?: number;
  interval?: number;
  succTimes?: number;
  failTimes?: number;
}

export interface EsaApp {
  appId: string;
  name: string;
  remarks: string;
  /** creating | created | failed, or whatever new status the service adds. */
  status: string;
  createTime: string;
  updateTime: string;
  versionCount: number;
  domainName?: string;
  /** l7 | l4 */
  gatewayType?: string;
  servicePort?: number;
  targetPort?: number;
  healthCheck?: EsaHealthCheck;
}

export type EsaVersionStatus = "creating" | "created" | "failed" | (string & {});

export interface EsaVersion {
  appId: string;
  versionId: string;
  name: string;
  remarks: string;
  status: EsaVersionStatus;
  createTime: string;
  updateTime: string;
  publishTime?: string;
  lastPublishTime?: string;
  containers: RawEsaContainer[];
}

export interface Page<T> {
  items: T[];
  pageNumber: number;
  pageSize: number;
  totalCount: number;
}

export type OrderKey = "Name" | "CreateTime" | "UpdateTime";
export type OrderType = "ASC" | "DESC";

interface ListOptions {
  orderKey?: OrderKey;
  orderType?: OrderType;
  /** 1-65535, default 1. */
  pageNumber?: number;
  pageSize?: number;
  /** Fuzzy match on the field chosen by searchType. */
  searchKey?: string;
}

export interface AppListOptions extends ListOptions {
  /** pageSize 1-500, default 20. */
  searchType?: "Appid" | "Name";
}

export interface VersionListOptions extends ListOptions {
  /** pageSize 1-100. */
  searchType?: "VersionId" | "Name";
}

export type { BackendInfo } from "@/lib/aliyun/types";

export type WithRequestId<T> = T & { requestId: string };

// The error shapes are the signed core's (lib/aliyun), shared with Container Registry.
export type {
  AliyunErrorKind as EsaErrorKind,
  AliyunErrorPublic as EsaErrorPublic,
  AliyunErrorInit as EsaErrorInit,
  AliyunErrorContext as EsaErrorContext,
} from "@/lib/aliyun/types";
