import EsaClient, * as $Esa from "@alicloud/esa20240910";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import type { ReadableCreateRequest, WireContainer } from "@/lib/version/wire-types";

// The official SDK's side of the server-path comparison: our readable (PascalCase) request mapped
// to the SDK's generated models, which the SDK then serialises and signs itself. The same mapping
// proves wire equality in lib/version/build-params.sdk.test.ts; the benchmark times the same calls.

function toSdkContainer(c: WireContainer): $Esa.CreateEdgeContainerAppVersionRequestContainers {
  const pc = c.ProbeContent;
  const acr = c.ACRImageInfo;
  return new $Esa.CreateEdgeContainerAppVersionRequestContainers({
    name: c.Name,
    image: c.Image,
    isACRImage: c.IsACRImage,
    ACRImageInfo:
      acr &&
      new $Esa.CreateEdgeContainerAppVersionRequestContainersACRImageInfo({
        isEnterpriseRegistry: acr.IsEnterpriseRegistry,
        domain: acr.Domain,
        instanceId: acr.InstanceId,
        regionId: acr.RegionId,
        repoId: acr.RepoId,
        repoName: acr.RepoName,
        repoNamespace: acr.RepoNamespace,
        tag: acr.Tag,
        tagUrl: acr.TagUrl,
      }),
    spec: c.Spec,
    storage: c.Storage,
    command: c.Command,
    args: c.Args,
    envVariables: c.EnvVariables,
    postStart: c.PostStart,
    preStop: c.PreStop,
    probeType: c.ProbeType,
    probeContent: new $Esa.CreateEdgeContainerAppVersionRequestContainersProbeContent({
      command: pc.Command,
      port: pc.Port,
      path: pc.Path,
      host: pc.Host,
      scheme: pc.Scheme,
      httpHeaders: pc.HttpHeaders,
      initialDelaySeconds: pc.InitialDelaySeconds,
      timeoutSeconds: pc.TimeoutSeconds,
      periodSeconds: pc.PeriodSeconds,
      successThreshold: pc.SuccessThreshold,
      failureThreshold: pc.FailureThreshold,
    }),
  });
}

export function toSdkRequest(r: ReadableCreateRequest): $Esa.CreateEdgeContainerAppVersionRequest {
  return new $Esa.CreateEdgeContainerAppVersionRequest({
    appId: r.AppId,
    name: r.Name,
    remarks: r.Remarks,
    containers: r.Containers.map(toSdkContainer),
  });
}

export function sdkClient(
  endpoint: string,
  accessKeyId: string,
  accessKeySecret: string,
): EsaClient {
  return new EsaClient(
    new $OpenApiUtil.Config({
      accessKeyId,
      accessKeySecret,
      endpoint,
      protocol: "HTTP",
      connectTimeout: 10_000,
      readTimeout: 10_000,
    }),
  );
}
