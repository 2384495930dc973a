import "server-only";

import { msg } from "@/lib/i18n/message-ref";

import { EsaError } from "./errors";
import { requestIdOf } from "./mappers";
import { optText, record, text, type Raw } from "@/lib/aliyun/raw-values";
import type { EsaAppStatus, EsaStagingHealth, PublishEnv } from "./release-types";
import type { WithRequestId } from "./types";

// Raw release bodies to the app's types. The SDK's and the docs' examples spell "pubishing" and
// show percentages as "50%" although the type is a number (esa-release-facts.md, step 4): both
// are read defensively.

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : [];

/** 50, "50", "50%" and "50.0 %" are all 50 (percentages come both ways); anything else is unknown. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const match = typeof value === "string" ? /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value) : null;
  return match ? Number(match[1]) : undefined;
}

export function readPublishStatus(value: unknown): string {
  const status = text(value).trim().toLowerCase();
  return status === "pubishing" ? "publishing" : status;
}

function readBoolean(value: unknown): boolean {
  return value === true || value === "true";
}

/** Regions come as {Region: [...]} in the SDK model; a bare list is accepted too. */
function readRegions(value: unknown): string[] {
  return Array.isArray(value) ? strings(value) : strings(record(value)?.Region);
}

export function mapAppStatus(body: Raw, env: PublishEnv): WithRequestId<{ status: EsaAppStatus }> {
  const raw = record(body.AppStatus);
  if (!raw)
    throw new EsaError({
      kind: "bad-response",
      code: "InvalidResponse",
      action: "GetEdgeContainerAppStatus",
      message: msg("esa.unreadable.message", {
        what: msg("esa.unreadable.noAppStatus"),
        next: msg("esa.transport.tryAgainShortly"),
      }),
      retryable: true,
    });
  const publishEnv = text(raw.PublishEnv);
  const status: EsaAppStatus = {
    env: publishEnv === "prod" || publishEnv === "staging" ? publishEnv : env,
    publishingVersionId: text(raw.PublishingVersion),
    baselineVersionId: text(raw.BaseLineVersion),
    deployedVersionId: text(raw.DeployedVersion),
    publishStatus: readPublishStatus(raw.PublishStatus),
    deployStatus: text(raw.DeployStatus).trim().toLowerCase(),
    fullRelease: readBoolean(raw.FullRelease),
    regions: readRegions(raw.Regions),
  };
  const optional = {
    publishType: optText(raw.PublishType),
    publishPercentage: readNumber(raw.PublishPercentage),
    expectPercentage: readNumber(raw.ExpectPercentage),
    publishTime: optText(raw.PublishTime),
    deployTime: optText(raw.DeployTime),
    rollbackTime: optText(raw.RollbackTime),
    unDeployTime: optText(raw.UnDeployTime),
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) Object.assign(status, { [key]: value });
  return { status, requestId: requestIdOf(body) };
}

export function mapStagingHealth(body: Raw): WithRequestId<{ health: EsaStagingHealth }> {
  const restart = record(body.PodRestartState);
  const health: EsaStagingHealth = {
    phase: text(body.Phase) || "Unknown",
    initialized: text(body.Initialized),
    scheduled: text(body.Scheduled),
    ready: text(body.Ready),
    containersReady: text(body.ContainersReady),
    restartCount: readNumber(restart?.RestartCount) ?? 0,
    vips: strings(body.VIPs),
  };
  const reason = optText(restart?.LastTerminatedReason);
  if (reason) health.lastTerminatedReason = reason;
  const created = optText(body.CreationTimestamp);
  if (created) health.creationTime = created;
  return { health, requestId: requestIdOf(body) };
}

export function mapDeployRegions(body: Raw): WithRequestId<{ regions: string[] }> {
  return { regions: strings(body.Regions), requestId: requestIdOf(body) };
}
