// Containers for the demo seed, covering every field the editor has to round-trip: all three
// probe types, an ACR image with ACRImageInfo, both PostStart forms and probe HttpHeaders.
import type { ContainerRecord } from "./model";

export const shopWeb: ContainerRecord = {
  Name: "web",
  Image: "registry.cn-hangzhou.aliyuncs.com/version-studio/shop-frontend:1.4.2",
  IsACRImage: true,
  ACRImageInfo: {
    IsEnterpriseRegistry: false,
    Domain: "registry.cn-hangzhou.aliyuncs.com",
    InstanceId: "",
    RegionId: "cn-hangzhou",
    RepoId: "crr-8x2kq9v4m1demo",
    RepoName: "shop-frontend",
    RepoNamespace: "version-studio",
    Tag: "1.4.2",
    TagUrl: "registry.cn-hangzhou.aliyuncs.com/version-studio/shop-frontend:1.4.2",
  },
  Spec: "1C2G",
  Storage: "0.5G",
  Command: "node",
  Args: "server.js --port 3000",
  EnvVariables: "NODE_ENV=production,LOG_LEVEL=info",
  PostStart: "sh -c 'echo started > /tmp/ready'",
  PreStop: "sh -c 'sleep 5'",
  ProbeType: "httpGet",
  ProbeContent: {
    Path: "/healthz",
    Port: 3000,
    Host: "shop.example.com",
    Scheme: "http",
    HttpHeaders: '[{"Content-Type":"application/json"}]',
    InitialDelaySeconds: 10,
    TimeoutSeconds: 3,
    PeriodSeconds: 10,
    SuccessThreshold: 1,
    FailureThreshold: 3,
  },
};

export const shopWebV2: ContainerRecord = {
  ...shopWeb,
  Spec: "2C4G",
  Image: "registry.cn-hangzhou.aliyuncs.com/version-studio/shop-frontend:1.5.0",
  ACRImageInfo: {
    ...(shopWeb.ACRImageInfo as Record<string, unknown>),
    Tag: "1.5.0",
    TagUrl: "registry.cn-hangzhou.aliyuncs.com/version-studio/shop-frontend:1.5.0",
  },
};

export const logShipper: ContainerRecord = {
  Name: "log-shipper",
  Image: "fluent/fluent-bit:3.0",
  IsACRImage: false,
  Spec: "1C2G",
  Storage: "0.5G",
  EnvVariables: "LOG_LEVEL=warn",
  ProbeType: "exec",
  ProbeContent: {
    Command: "pgrep fluent-bit",
    InitialDelaySeconds: 5,
    PeriodSeconds: 30,
    TimeoutSeconds: 2,
    SuccessThreshold: 1,
    FailureThreshold: 3,
  },
};

export const resizer: ContainerRecord = {
  Name: "resizer",
  Image: "ghcr.io/example/image-resizer:2.3.0",
  IsACRImage: false,
  Spec: "2C4G",
  Storage: "10G",
  Command: "/usr/local/bin/resizer",
  Args: "--max-width 4096 --quality 82",
  EnvVariables: "NODE_ENV=production,LOG_LEVEL=info,CACHE_DIR=/data/cache",
  // The form Get documents for PostStart (esa-api-facts.md, section 4, unverified).
  PostStart: '{"exec":{"command":["sh","-c","echo hi"]}}',
  ProbeType: "tcpSocket",
  ProbeContent: {
    Port: 8080,
    InitialDelaySeconds: 15,
    TimeoutSeconds: 2,
    PeriodSeconds: 10,
    SuccessThreshold: 1,
    FailureThreshold: 5,
  },
};

export const gateway = (tag: string, spec: string, storage: string): ContainerRecord => ({
  Name: "gateway",
  Image: `envoyproxy/envoy:${tag}`,
  IsACRImage: false,
  Spec: spec,
  Storage: storage,
  Command: "envoy",
  Args: "-c /etc/envoy/envoy.yaml --log-level info",
  EnvVariables: "NODE_ENV=production,LOG_LEVEL=info",
  PreStop: "sh -c 'sleep 10'",
  ProbeType: "exec",
  ProbeContent: {
    Command: "curl -fsS http://127.0.0.1:9901/ready",
    InitialDelaySeconds: 5,
    TimeoutSeconds: 1,
    PeriodSeconds: 5,
    SuccessThreshold: 1,
    FailureThreshold: 3,
  },
});
