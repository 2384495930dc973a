// Demo data: a few realistic apps with one to three versions each (none for the last one, so the
// empty state can be seen too).
import type { AppRecord, HealthCheck, VersionRecord } from "./model";
import { gateway, logShipper, resizer, shopWeb, shopWebV2 } from "./seed-containers";

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
      Containers: [shopWebV2, logShipper],
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
