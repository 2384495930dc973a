import { PROBE_TIMING, PROBE_TIMING_FIELDS, type ProbeTimingField } from "./constants";
import type { AcrImageForm, ContainerForm, ProbeForm, VersionForm } from "./schema";

// Complete default values: react-hook-form needs every field defined up front.

export const emptyAcrImage = (): AcrImageForm => ({
  isEnterpriseRegistry: false,
  domain: "",
  instanceId: "",
  regionId: "",
  repoId: "",
  repoName: "",
  repoNamespace: "",
  tag: "",
  tagUrl: "",
});

export const defaultTiming = () =>
  Object.fromEntries(PROBE_TIMING_FIELDS.map((f) => [f, PROBE_TIMING[f].default])) as Record<
    ProbeTimingField,
    string
  >;

export const emptyProbe = (): ProbeForm => ({
  exec: { command: "" },
  tcpSocket: { port: "" },
  httpGet: { path: "/", port: "", host: "", scheme: "http", headers: [] },
  ...defaultTiming(),
});

export const emptyContainer = (name = ""): ContainerForm => ({
  name,
  image: "",
  isAcrImage: false,
  acr: emptyAcrImage(),
  spec: "1C2G",
  storage: "0.5G",
  command: "",
  args: "",
  postStart: "",
  preStop: "",
  env: [],
  probeType: "tcpSocket",
  probe: emptyProbe(),
});

export const emptyVersionForm = (appId = ""): VersionForm => ({
  appId,
  name: "",
  remarks: "",
  containers: [emptyContainer("app")],
});
