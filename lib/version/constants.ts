// Published values and the bounds this project enforces. Sources: the CreateEdgeContainerAppVersion
// reference page (Spec, Storage, ProbeType, Name 6-128) and esa-api-facts.md (AppId 20-64,
// Port 1-65535). Bounds marked "ours" are not published: they keep hostile or accidental input
// (megabyte strings, thousands of containers) away from the service.

/** The only API version the ESA edge-container calls accept (esa-api-facts.md, section 4). */
export const ESA_API_VERSION = "2024-09-10";

/** Compute specs, as the reference page lists them. */
export const SPECS = [
  { value: "1C2G", vcpu: 1, memoryGiB: 2 },
  { value: "2C4G", vcpu: 2, memoryGiB: 4 },
  { value: "2C8G", vcpu: 2, memoryGiB: 8 },
  { value: "4C8G", vcpu: 4, memoryGiB: 8 },
  { value: "4C16G", vcpu: 4, memoryGiB: 16 },
  { value: "8C16G", vcpu: 8, memoryGiB: 16 },
  { value: "8C32G", vcpu: 8, memoryGiB: 32 },
] as const;
export const SPEC_VALUES = ["1C2G", "2C4G", "2C8G", "4C8G", "4C16G", "8C16G", "8C32G"] as const;
export type Spec = (typeof SPEC_VALUES)[number];

export const STORAGE_VALUES = ["0.5G", "10G", "20G", "30G"] as const;
export type Storage = (typeof STORAGE_VALUES)[number];

export const PROBE_TYPES = ["exec", "tcpSocket", "httpGet"] as const;
export type ProbeType = (typeof PROBE_TYPES)[number];

/** No enum is published for Scheme; http and https are what an HTTP health check can speak. */
export const HTTP_SCHEMES = ["http", "https"] as const;
export type HttpScheme = (typeof HTTP_SCHEMES)[number];

export const LIMITS = {
  appId: { min: 20, max: 64 },
  versionName: { min: 6, max: 128 },
  remarks: { max: 1024 },
  /** ours: a version is one container group; 50 is far above any real pod. */
  containers: { min: 1, max: 50 },
  /** ours: Kubernetes-style DNS label, the shape container runtimes accept everywhere. */
  containerName: { max: 63 },
  image: { max: 512 },
  /** ours: command lines, args and hooks. */
  commandLine: { max: 4096 },
  acrField: { max: 512 },
  env: { maxVariables: 100, keyMax: 128, valueMax: 4096 },
  headers: { maxHeaders: 20, nameMax: 128, valueMax: 1024 },
  probePath: { max: 2048 },
  probeHost: { max: 253 },
  port: { min: 1, max: 65535 },
  /**
   * ours: the create's urlencoded form body. The per-field bounds alone allow about 20 MB (50
   * containers of 100 long variables); the sandbox refuses bodies over 1 MiB
   * (lib/sandbox/http-io.ts), and no real version comes near it.
   */
  requestBodyBytes: 1_048_576,
} as const;

/**
 * Probe timing ranges. Non-negative integers; the lower bounds of 1 follow Kubernetes, whose probe
 * semantics ESA's ProbeContent mirrors (a timeout or period of 0 seconds means nothing). Upper
 * bounds are ours: an hour of delay or 100 consecutive checks is already far past useful.
 */
export const PROBE_TIMING = {
  initialDelaySeconds: { label: "Initial delay", unit: "s", min: 0, max: 3600, default: "5" },
  timeoutSeconds: { label: "Timeout", unit: "s", min: 1, max: 600, default: "1" },
  periodSeconds: { label: "Period", unit: "s", min: 1, max: 3600, default: "10" },
  successThreshold: { label: "Success threshold", unit: "", min: 1, max: 100, default: "1" },
  failureThreshold: { label: "Failure threshold", unit: "", min: 1, max: 100, default: "3" },
} as const;
export type ProbeTimingField = keyof typeof PROBE_TIMING;
export const PROBE_TIMING_FIELDS = Object.keys(PROBE_TIMING) as ProbeTimingField[];

/** Variables whose names look like this have their values masked in previews. */
export const SECRET_NAME_PATTERN = /PASSWORD|SECRET|TOKEN|KEY/i;

/** Container Registry Enterprise Edition's API version (acr-api-facts.md, calling convention). */
export const CR_API_VERSION = "2018-12-01";
