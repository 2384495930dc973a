// Demo registry data: three Enterprise instances in two regions, their namespaces, repositories
// (shop/web holds 130 tags, for paging) and tags with digests, sizes and times. Deterministic, so
// tests can name what they pick.
import { createHash } from "node:crypto";

import type {
  CrInstanceRecord,
  CrNamespaceRecord,
  CrRepositoryRecord,
  CrSeedData,
  CrTagRecord,
} from "./model";

const T0 = Date.UTC(2026, 5, 1, 8, 0, 0);
const HOUR = 3_600_000;

const hex = (text: string, length: number) =>
  createHash("sha256").update(text).digest("hex").slice(0, length);

function instance(
  id: string,
  name: string,
  spec: string,
  region: string,
  createdDaysAgo: number,
): CrInstanceRecord {
  return {
    InstanceId: id,
    InstanceName: name,
    InstanceStatus: "RUNNING",
    InstanceSpecification: spec,
    RegionId: region,
    CreateTime: T0 - createdDaysAgo * 24 * HOUR,
  };
}

const ns = (instanceId: string, name: string): CrNamespaceRecord => ({
  InstanceId: instanceId,
  NamespaceId: `crn-${hex(`${instanceId}/${name}`, 16)}`,
  NamespaceName: name,
  NamespaceStatus: "NORMAL",
});

interface RepoSpec {
  instanceId: string;
  namespace: string;
  name: string;
  type: "PUBLIC" | "PRIVATE";
  summary: string;
  tags: string[];
}

function repoAndTags(spec: RepoSpec, index: number): { repo: CrRepositoryRecord; tags: CrTagRecord[] } {
  const repoId = `crr-${hex(`${spec.instanceId}/${spec.namespace}/${spec.name}`, 16)}`;
  const start = T0 + index * 24 * HOUR;
  const tags = spec.tags.map((tag, i) => {
    const digest = hex(`${repoId}:${tag}`, 64);
    const created = start + i * HOUR;
    return {
      RepoId: repoId,
      Tag: tag,
      Digest: `sha256:${digest}`,
      ImageId: hex(`image:${digest}`, 64),
      ImageSize: 20_000_000 + (parseInt(digest.slice(0, 6), 16) % 180_000_000),
      ImageCreate: created,
      ImageUpdate: created + 5 * 60_000,
      Status: "NORMAL",
    };
  });
  const modified = tags.at(-1)?.ImageUpdate ?? start;
  return {
    repo: {
      InstanceId: spec.instanceId,
      RepoId: repoId,
      RepoName: spec.name,
      RepoNamespaceName: spec.namespace,
      RepoType: spec.type,
      RepoStatus: "NORMAL",
      Summary: spec.summary,
      CreateTime: start,
      ModifiedTime: modified,
    },
    tags,
  };
}

const semver = (major: number, minor: number, count: number) =>
  Array.from({ length: count }, (_, i) => `${major}.${minor}.${i}`);

export const SHOP_INSTANCE = "cri-shop7k2m9xq4vb";
export const DATA_INSTANCE = "cri-data3p8w1zr6tc";
export const EDGE_INSTANCE = "cri-edge5n4h2ky8sd";

export function crDemoSeed(): CrSeedData {
  const instances = [
    instance(SHOP_INSTANCE, "shop-registry", "Enterprise_Standard", "cn-hangzhou", 400),
    instance(DATA_INSTANCE, "data-registry", "Enterprise_Basic", "cn-hangzhou", 200),
    instance(EDGE_INSTANCE, "edge-registry", "Enterprise_Advanced", "cn-shanghai", 100),
  ];
  const namespaces = [
    ns(SHOP_INSTANCE, "shop"),
    ns(SHOP_INSTANCE, "platform"),
    ns(DATA_INSTANCE, "data"),
    ns(EDGE_INSTANCE, "edge"),
  ];
  const specs: RepoSpec[] = [
    { instanceId: SHOP_INSTANCE, namespace: "shop", name: "web", type: "PRIVATE", summary: "Storefront web server", tags: semver(1, 0, 130) },
    { instanceId: SHOP_INSTANCE, namespace: "shop", name: "checkout", type: "PRIVATE", summary: "Checkout service", tags: semver(2, 3, 8) },
    { instanceId: SHOP_INSTANCE, namespace: "shop", name: "storefront-api", type: "PUBLIC", summary: "Public catalogue API", tags: semver(0, 9, 5) },
    { instanceId: SHOP_INSTANCE, namespace: "platform", name: "nginx-base", type: "PUBLIC", summary: "Hardened nginx", tags: ["1.25.3", "1.25.4", "1.26.0", "1.27.1"] },
    { instanceId: SHOP_INSTANCE, namespace: "platform", name: "log-agent", type: "PRIVATE", summary: "Log shipper", tags: semver(3, 1, 3) },
    { instanceId: DATA_INSTANCE, namespace: "data", name: "etl-worker", type: "PRIVATE", summary: "Nightly ETL", tags: semver(5, 0, 6) },
    { instanceId: EDGE_INSTANCE, namespace: "edge", name: "gateway", type: "PRIVATE", summary: "Edge gateway", tags: semver(4, 2, 10) },
  ];
  const built = specs.map(repoAndTags);
  return {
    regions: [
      { RegionId: "cn-hangzhou", LocalName: "China (Hangzhou)" },
      { RegionId: "cn-shanghai", LocalName: "China (Shanghai)" },
    ],
    instances,
    namespaces,
    repositories: built.map((b) => b.repo),
    tags: built.flatMap((b) => b.tags),
  };
}
