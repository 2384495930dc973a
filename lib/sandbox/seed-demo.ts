// Demo data: a few realistic apps whose versions exercise every container feature the editor
// has to round-trip (all probe types, an ACR image, both PostStart forms, HttpHeaders).
import type { AppRecord, ContainerRecord, HealthCheck, VersionRecord } from "./model";

const httpHealthCheck = (uri: string, port: number): HealthCheck => ({
  Type: "l7",
  Host: "",
  HttpCode: "http_2xx",
  Method: "HEAD",
  Uri: uri,
  Port: port,
  Timeout: 5,
  Interval: 10,
  SuccTimes: 2,
  FailTimes: 3,
});

function app(fields: Omit<AppRecord, "Status" | "VersionCount" | "QuicCid">): AppRecord {
  // VersionCount is recomputed from the seeded versions when the store loads.
  return { Status: "created", VersionCount: 0, QuicCid: "off", ...fields };
}

const shopWeb: ContainerRecord = {
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

const logShipper: ContainerRecord = {
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

const resizer: ContainerRecord = {
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

const gateway = (tag: string, spec: string, storage: string): ContainerRecord => ({
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

function version(fields: Omit<VersionRecord, "Status" | "UpdateTime">): VersionRecord {
  return { Status: "created", UpdateTime: fields.CreateTime, ...fields };
}

export function demoApps(): AppRecord[] {
  return [
    app({
      AppId: "app-880688675783790001",
      Name: "shop-frontend",
      Remarks: "Storefront SSR at the edge",
      CreateTime: "2025-03-02T08:15:00Z",
      UpdateTime: "2025-05-20T09:30:12Z",
      DomainName: "shop-frontend.edge-demo.example.com",
      GatewayType: "l7",
      ServicePort: 80,
      TargetPort: 3000,
      HealthCheck: httpHealthCheck("/healthz", 3000),
    }),
    app({
      AppId: "app-880688675783790002",
      Name: "image-resizer",
      Remarks: "On-the-fly thumbnails",
      CreateTime: "2025-03-10T12:00:00Z",
      UpdateTime: "2025-04-01T16:45:00Z",
      DomainName: "image-resizer.edge-demo.example.com",
      GatewayType: "l7",
      ServicePort: 80,
      TargetPort: 8080,
      HealthCheck: httpHealthCheck("/ping", 8080),
    }),
    app({
      AppId: "app-880688675783790003",
      Name: "api-gateway-edge",
      Remarks: "Envoy in front of the public API",
      CreateTime: "2025-04-18T03:20:45Z",
      UpdateTime: "2025-06-11T10:05:00Z",
      DomainName: "api-gateway-edge.edge-demo.example.com",
      GatewayType: "l4",
      ServicePort: 443,
      TargetPort: 8443,
      HealthCheck: { ...httpHealthCheck("", 8443), Type: "l4", HttpCode: "", Method: "" },
    }),
    app({
      AppId: "app-880688675783790004",
      Name: "edge-cache-warmer",
      Remarks: "",
      CreateTime: "2025-06-30T22:00:00Z",
      UpdateTime: "2025-06-30T22:00:00Z",
      DomainName: "edge-cache-warmer.edge-demo.example.com",
      GatewayType: "l7",
      ServicePort: 80,
      TargetPort: 8080,
      HealthCheck: httpHealthCheck("/", 8080),
    }),
  ];
}

export function demoVersions(): VersionRecord[] {
  return [
    version({
      AppId: "app-880688675783790001",
      VersionId: "ver-100000000000000101",
      Name: "v1-initial-release",
      Remarks: "First production build",
      CreateTime: "2025-03-02T08:30:00Z",
      PublishTime: "2025-03-02T09:00:00Z",
      LastPublishTime: "2025-03-02T09:00:00Z",
      Containers: [shopWeb],
    }),
    version({
      AppId: "app-880688675783790001",
      VersionId: "ver-100000000000000102",
      Name: "v2-checkout-redesign",
      Remarks: "New checkout plus log shipping sidecar",
      CreateTime: "2025-05-20T09:30:12Z",
      PublishTime: "2025-05-21T07:00:00Z",
      LastPublishTime: "2025-05-21T07:00:00Z",
      Containers: [
        {
          ...shopWeb,
          Spec: "2C4G",
          Image: "registry.cn-hangzhou.aliyuncs.com/version-studio/shop-frontend:1.5.0",
        },
        logShipper,
      ],
    }),
    version({
      AppId: "app-880688675783790002",
      VersionId: "ver-100000000000000201",
      Name: "resizer-2025-04",
      Remarks: "",
      CreateTime: "2025-04-01T16:45:00Z",
      PublishTime: "",
      LastPublishTime: "",
      Containers: [resizer],
    }),
    version({
      AppId: "app-880688675783790003",
      VersionId: "ver-100000000000000301",
      Name: "envoy-1.29-baseline",
      Remarks: "Baseline",
      CreateTime: "2025-04-18T03:40:00Z",
      PublishTime: "2025-04-18T04:00:00Z",
      LastPublishTime: "2025-04-18T04:00:00Z",
      Containers: [gateway("v1.29.4", "2C8G", "20G")],
    }),
    version({
      AppId: "app-880688675783790003",
      VersionId: "ver-100000000000000302",
      Name: "envoy-1.30-upgrade",
      Remarks: "Upgrade with bigger spec",
      CreateTime: "2025-05-27T11:11:11Z",
      PublishTime: "2025-05-28T02:00:00Z",
      LastPublishTime: "2025-05-28T02:00:00Z",
      Containers: [gateway("v1.30.2", "4C8G", "20G")],
    }),
    version({
      AppId: "app-880688675783790003",
      VersionId: "ver-100000000000000303",
      Name: "envoy-1.31-canary",
      Remarks: "Canary, not yet published",
      CreateTime: "2025-06-11T10:05:00Z",
      PublishTime: "",
      LastPublishTime: "",
      Containers: [gateway("v1.31.0", "8C16G", "30G")],
    }),
  ];
}
