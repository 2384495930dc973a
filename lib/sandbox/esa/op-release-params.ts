// Reading the release actions' parameters, with the refusals their reference pages document
// (esa-release-facts.md, "Errors").
import { invalidParameter } from "../gateway/api-error";
import { optionalParam, requiredParam, type Params } from "../gateway/params";
import { APP_ID_PATTERN } from "./ids";
import type { AppRecord, VersionRecord } from "./model";
import { appNotFound } from "./op-apps";
import {
  invalidAppIdFormat,
  invalidPercentage,
  invalidPublishEnv,
  versionNotFound,
} from "./release-errors";
import type { SandboxStore } from "./store";

export type PublishEnv = "prod" | "staging";

export function requireApp(params: Params, store: SandboxStore): AppRecord {
  const appId = requiredParam(params, "AppId");
  if (!APP_ID_PATTERN.test(appId)) throw invalidAppIdFormat();
  const app = store.getApp(appId);
  if (!app) throw appNotFound();
  return app;
}

const VERSION_ID_PATTERN = /^ver-[A-Za-z0-9*]{6,60}$/;

export function requireVersion(params: Params, store: SandboxStore, appId: string): VersionRecord {
  const versionId = requiredParam(params, "VersionId");
  if (!VERSION_ID_PATTERN.test(versionId))
    throw invalidParameter(
      "VersionId",
      `must look like ver-123456789012345678, got "${versionId}".`,
    );
  const version = store.getVersion(appId, versionId);
  if (!version) throw versionNotFound();
  return version;
}

export function publishEnvParam(params: Params, fallback?: PublishEnv): PublishEnv {
  const raw = fallback ? optionalParam(params, "PublishEnv") : requiredParam(params, "PublishEnv");
  if (raw === undefined && fallback) return fallback;
  if (raw !== "prod" && raw !== "staging") throw invalidPublishEnv(String(raw));
  return raw;
}

/** 1-100; `invalid` says which code the action answers for a bad value. */
export function percentageParam(
  params: Params,
  invalid: (raw: string) => Error = invalidPercentage,
): number | undefined {
  const raw = optionalParam(params, "Percentage");
  if (raw === undefined) return undefined;
  const value = /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= 1 && value <= 100)) throw invalid(raw);
  return value;
}

export function booleanParam(params: Params, name: string): boolean {
  const raw = optionalParam(params, name);
  if (raw === undefined) return false;
  if (raw !== "true" && raw !== "false")
    throw invalidParameter(name, `must be true or false, got "${raw}".`);
  return raw === "true";
}

/** Regions arrive as one JSON string holding an array of names (the SDK's "shrink" style). */
export function regionsParam(params: Params): string[] {
  const raw = optionalParam(params, "Regions");
  if (raw === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    !parsed.every((r): r is string => typeof r === "string" && r !== "")
  )
    throw invalidParameter(
      "Regions",
      `must be a JSON array of region names, got ${JSON.stringify(raw)}.`,
    );
  return [...new Set(parsed)];
}

const UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** StartTime in UTC `yyyy-MM-ddTHH:mm:ssZ`; absent means now. */
export function startTimeParam(params: Params, now: number): number {
  const raw = optionalParam(params, "StartTime");
  if (raw === undefined) return now;
  const at = UTC_SECOND.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(at))
    throw invalidParameter(
      "StartTime",
      `must be a UTC time as yyyy-MM-ddTHH:mm:ssZ, got "${raw}".`,
    );
  // [INF] A start in the past starts now.
  return Math.max(at, now);
}
