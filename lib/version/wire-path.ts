import { wireTimingKey } from "./build-params";

// Form-value paths (containers.1.probe.httpGet.port) named as the wire calls them
// (Containers[1].ProbeContent.Port), for messages that must make sense to API users.

const containerKeys: Record<string, string> = {
  name: "Name",
  image: "Image",
  isAcrImage: "IsACRImage",
  spec: "Spec",
  storage: "Storage",
  command: "Command",
  args: "Args",
  postStart: "PostStart",
  preStop: "PreStop",
  probeType: "ProbeType",
};
const acrKeys: Record<string, string> = {
  isEnterpriseRegistry: "IsEnterpriseRegistry",
  domain: "Domain",
  instanceId: "InstanceId",
  regionId: "RegionId",
  repoId: "RepoId",
  repoName: "RepoName",
  repoNamespace: "RepoNamespace",
  tag: "Tag",
  tagUrl: "TagUrl",
};
const probeKeys: Record<string, string> = {
  command: "Command",
  port: "Port",
  path: "Path",
  host: "Host",
  scheme: "Scheme",
  headers: "HttpHeaders",
};

export function wirePath(path: readonly PropertyKey[]): string {
  const [top, index, field, ...rest] = path.map(String);
  if (top === "appId") return "AppId";
  if (top === "name") return "Name";
  if (top === "remarks") return "Remarks";
  if (top !== "containers") return path.map(String).join(".");
  const base = index === undefined ? "Containers" : `Containers[${index}]`;
  if (field === undefined) return base;
  if (field in containerKeys) return `${base}.${containerKeys[field]}`;
  if (field === "acr")
    return `${base}.ACRImageInfo${rest[0] ? `.${acrKeys[rest[0]] ?? rest[0]}` : ""}`;
  if (field === "env")
    return `${base}.EnvVariables${rest[0] !== undefined ? ` (variable ${Number(rest[0]) + 1})` : ""}`;
  if (field === "probe") {
    const [typeOrTiming, key] = rest;
    if (typeOrTiming && typeOrTiming in wireTimingKey)
      return `${base}.ProbeContent.${wireTimingKey[typeOrTiming as keyof typeof wireTimingKey]}`;
    return `${base}.ProbeContent${key ? `.${probeKeys[key] ?? key}` : ""}`;
  }
  return `${base}.${field}`;
}
