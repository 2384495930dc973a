import type { ProbeType, Spec, Storage } from "./constants";

// The request as CreateEdgeContainerAppVersion receives it (esa-api-facts.md §1): PascalCase keys,
// ProbeContent and ACRImageInfo nested objects, unset optionals absent.

export type WireAcrImageInfo = {
  IsEnterpriseRegistry?: boolean;
  Domain?: string;
  InstanceId?: string;
  RegionId?: string;
  RepoId?: string;
  RepoName?: string;
  RepoNamespace?: string;
  Tag?: string;
  TagUrl?: string;
};

export type WireProbeContent = {
  Command?: string;
  Port?: number;
  Path?: string;
  Host?: string;
  Scheme?: string;
  /** A JSON-encoded string such as `[{"Content-Type":"application/json"}]`, not an object. */
  HttpHeaders?: string;
  InitialDelaySeconds?: number;
  TimeoutSeconds?: number;
  PeriodSeconds?: number;
  SuccessThreshold?: number;
  FailureThreshold?: number;
};

export type WireContainer = {
  Name: string;
  Image: string;
  IsACRImage: boolean;
  ACRImageInfo?: WireAcrImageInfo;
  Spec: Spec;
  Storage: Storage;
  Command?: string;
  Args?: string;
  EnvVariables?: string;
  PostStart?: string;
  PreStop?: string;
  ProbeType: ProbeType;
  ProbeContent: WireProbeContent;
};

/** The readable request: what the preview shows, Containers as a real array. */
export type ReadableCreateRequest = {
  AppId: string;
  Name: string;
  Remarks?: string;
  Containers: WireContainer[];
};

/** The exact form fields sent: Containers is ONE field holding a JSON string. */
export type CreateVersionParams = {
  AppId: string;
  Name: string;
  Remarks?: string;
  Containers: string;
};
