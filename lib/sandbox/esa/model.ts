// PascalCase records exactly as the ESA API returns them (esa-api-facts.md, section 4), so the
// store can hand them out without a mapping layer.

export type AppStatus = "creating" | "failed" | "created";
export type VersionStatus = "creating" | "created" | "failed";

export interface HealthCheck {
  Type: string;
  Host: string;
  /** A string in the SDK model (e.g. "http_2xx"), not a number. */
  HttpCode: string;
  Method: string;
  Uri: string;
  Port: number;
  Timeout: number;
  Interval: number;
  SuccTimes: number;
  FailTimes: number;
}

export interface AppRecord {
  AppId: string;
  Name: string;
  Remarks: string;
  Status: AppStatus;
  CreateTime: string;
  UpdateTime: string;
  VersionCount: number;
  DomainName: string;
  GatewayType: "l7" | "l4";
  ServicePort: number;
  TargetPort: number;
  QuicCid: string;
  HealthCheck: HealthCheck;
}

/** One container as sent inside the create call's `Containers` JSON (13 PascalCase fields). */
export type ContainerRecord = Record<string, unknown> & { Name: string };

export interface VersionRecord {
  AppId: string;
  VersionId: string;
  Name: string;
  Remarks: string;
  Status: VersionStatus;
  CreateTime: string;
  UpdateTime: string;
  /** Empty string while the version has never been published. */
  PublishTime: string;
  LastPublishTime: string;
  Containers: ContainerRecord[];
}

/** The List call's containers lack these fields on the real service: prefill forms from Get. */
export const FIELDS_MISSING_FROM_LISTED_CONTAINERS = [
  "IsACRImage",
  "ACRImageInfo",
  "Storage",
] as const;

export function toListedContainer(container: ContainerRecord): ContainerRecord {
  const copy: ContainerRecord = { ...container };
  for (const field of FIELDS_MISSING_FROM_LISTED_CONTAINERS) delete copy[field];
  return copy;
}
