// The emulated Container Registry Enterprise Edition's data, in the service's own field names.

export interface CrInstanceRecord {
  InstanceId: string;
  InstanceName: string;
  InstanceStatus: string;
  InstanceSpecification: string;
  RegionId: string;
  CreateTime: number;
}

export interface CrNamespaceRecord {
  InstanceId: string;
  NamespaceId: string;
  NamespaceName: string;
  NamespaceStatus: string;
}

export interface CrRepositoryRecord {
  InstanceId: string;
  RepoId: string;
  RepoName: string;
  RepoNamespaceName: string;
  RepoType: "PUBLIC" | "PRIVATE";
  RepoStatus: string;
  Summary: string;
  CreateTime: number;
  ModifiedTime: number;
}

export interface CrTagRecord {
  RepoId: string;
  Tag: string;
  Digest: string;
  ImageId: string;
  ImageSize: number;
  ImageCreate: number;
  ImageUpdate: number;
  Status: string;
}

export interface CrRegionRecord {
  RegionId: string;
  LocalName: string;
}

export interface CrSeedData {
  regions: CrRegionRecord[];
  instances: CrInstanceRecord[];
  namespaces: CrNamespaceRecord[];
  repositories: CrRepositoryRecord[];
  tags: CrTagRecord[];
}
