// Test fixtures: SDK request models for the create call, valid unless a test overrides a field.
import * as $Esa from "@alicloud/esa20240910";

export const SHOP_APP_ID = "app-880688675783790001";
export const RESIZER_APP_ID = "app-880688675783790002";
export const GATEWAY_APP_ID = "app-880688675783790003";
export const UNKNOWN_APP_ID = "app-999999999999999999";
export const SHOP_V1_ID = "ver-100000000000000101";

type ContainerFields = ConstructorParameters<
  typeof $Esa.CreateEdgeContainerAppVersionRequestContainers
>[0];
type ProbeFields = ConstructorParameters<
  typeof $Esa.CreateEdgeContainerAppVersionRequestContainersProbeContent
>[0];

export function container(fields: ContainerFields = {}, probe: ProbeFields = {}) {
  return new $Esa.CreateEdgeContainerAppVersionRequestContainers({
    name: "web",
    image: "nginx:1.25",
    isACRImage: false,
    spec: "1C2G",
    storage: "0.5G",
    envVariables: "NODE_ENV=production,LOG_LEVEL=info",
    probeType: "httpGet",
    probeContent: new $Esa.CreateEdgeContainerAppVersionRequestContainersProbeContent({
      path: "/healthz",
      port: 80,
      scheme: "http",
      httpHeaders: '[{"Content-Type":"application/json"}]',
      initialDelaySeconds: 10,
      ...probe,
    }),
    ...fields,
  });
}

export function createRequest(
  fields: Partial<{
    appId: string;
    name: string;
    remarks: string;
    containers: $Esa.CreateEdgeContainerAppVersionRequestContainers[];
  }> = {},
) {
  return new $Esa.CreateEdgeContainerAppVersionRequest({
    appId: SHOP_APP_ID,
    name: "v3-sandbox-test",
    remarks: "created by the sandbox tests",
    containers: [container()],
    ...fields,
  });
}

export const SHOP_V2_ID = "ver-100000000000000102";
export const RESIZER_V1_ID = "ver-100000000000000201";
/** Images the sandbox seed marks as broken (lib/sandbox/esa/seed-releases.ts). */
export const CRASH_LOOP_IMAGE = "registry.example.com/broken/crash-loop:1.0";
export const MISSING_IMAGE = "registry.example.com/broken/missing-image:1.0";
