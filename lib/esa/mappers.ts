import "server-only";

import { msg } from "@/lib/i18n/message-ref";

import { checkBeforeRetry } from "./error-advice";
import { EsaError } from "./errors";
import { optNumber, optText, record, text, type Raw } from "@/lib/aliyun/raw-values";
import type {
  EsaApp,
  EsaHealthCheck,
  EsaVersion,
  Page,
  RawEsaContainer,
  WithRequestId,
} from "./types";

// Pure converters from ESA's raw PascalCase bodies to the app's camelCase types. Lenient about
// optional fields (the service adds and omits them), strict about the identifiers the app keys
// on: a body without them is reported as a bad response instead of rendering an empty row.

// Numbers are numbers in the SDK models; optNumber accepts numeric strings too rather than drop a value.

/** `what` is a message reference into esa.unreadable: what was missing from the answer. */
function badResponse(action: string, what: string, create = false): EsaError {
  return new EsaError({
    kind: "bad-response",
    code: "InvalidResponse",
    action,
    message: msg("esa.unreadable.message", {
      what,
      next: create ? checkBeforeRetry(action) : msg("esa.transport.tryAgainShortly"),
    }),
    outcomeUnknown: create,
    retryable: !create,
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function requestIdOf(body: Raw): string {
  return text(body.RequestId);
}

export function mapHealthCheck(raw: unknown): EsaHealthCheck | undefined {
  const hc = record(raw);
  if (!hc) return undefined;
  return withoutUndefined({
    type: optText(hc.Type),
    host: optText(hc.Host),
    // A string in the SDK model (e.g. "http_2xx"), not a number.
    httpCode:
      optText(hc.HttpCode) ?? (typeof hc.HttpCode === "number" ? String(hc.HttpCode) : undefined),
    method: optText(hc.Method),
    uri: optText(hc.Uri),
    port: optNumber(hc.Port),
    timeout: optNumber(hc.Timeout),
    interval: optNumber(hc.Interval),
    succTimes: optNumber(hc.SuccTimes),
    failTimes: optNumber(hc.FailTimes),
  });
}

export function mapApp(raw: unknown, action: string): EsaApp {
  const app = record(raw);
  const appId = optText(app?.AppId);
  if (!app || !appId) throw badResponse(action, msg("esa.unreadable.noAppId"));
  return withoutUndefined({
    appId,
    name: text(app.Name),
    remarks: text(app.Remarks),
    status: text(app.Status),
    createTime: text(app.CreateTime),
    updateTime: text(app.UpdateTime),
    versionCount: optNumber(app.VersionCount) ?? 0,
    domainName: optText(app.DomainName),
    gatewayType: optText(app.GatewayType),
    servicePort: optNumber(app.ServicePort),
    targetPort: optNumber(app.TargetPort),
    healthCheck: mapHealthCheck(app.HealthCheck),
  });
}

/** `fallbackAppId`: list items may omit AppId; they belong to the app that was asked for. */
export function mapVersion(raw: unknown, action: string, fallbackAppId = ""): EsaVersion {
  const version = record(raw);
  const versionId = optText(version?.VersionId);
  if (!version || !versionId) throw badResponse(action, msg("esa.unreadable.noVersionId"));
  const containers = Array.isArray(version.Containers)
    ? version.Containers.filter((c): c is RawEsaContainer => record(c) !== undefined)
    : [];
  return withoutUndefined({
    appId: optText(version.AppId) ?? fallbackAppId,
    versionId,
    name: text(version.Name),
    remarks: text(version.Remarks),
    status: text(version.Status),
    createTime: text(version.CreateTime),
    updateTime: text(version.UpdateTime),
    publishTime: optText(version.PublishTime),
    lastPublishTime: optText(version.LastPublishTime),
    containers,
  });
}

function mapPage<T>(
  body: Raw,
  listKey: string,
  action: string,
  item: (raw: unknown) => T,
): WithRequestId<Page<T>> {
  const list = body[listKey] ?? [];
  if (!Array.isArray(list)) throw badResponse(action, msg("esa.unreadable.notAList", { key: listKey }));
  const items = list.map(item);
  return {
    items,
    pageNumber: optNumber(body.PageNumber) ?? 1,
    pageSize: optNumber(body.PageSize) ?? items.length,
    totalCount: optNumber(body.TotalCount) ?? items.length,
    requestId: requestIdOf(body),
  };
}

export function mapAppPage(body: Raw): WithRequestId<Page<EsaApp>> {
  const action = "ListEdgeContainerApps";
  return mapPage(body, "Apps", action, (raw) => mapApp(raw, action));
}

export function mapVersionPage(body: Raw, appId: string): WithRequestId<Page<EsaVersion>> {
  const action = "ListEdgeContainerAppVersions";
  return mapPage(body, "Versions", action, (raw) => mapVersion(raw, action, appId));
}

export function mapGetApp(body: Raw): WithRequestId<{ app: EsaApp }> {
  return { app: mapApp(body.App, "GetEdgeContainerApp"), requestId: requestIdOf(body) };
}

export function mapGetVersion(body: Raw, appId: string): WithRequestId<{ version: EsaVersion }> {
  return {
    version: mapVersion(body.Version, "GetEdgeContainerAppVersion", appId),
    requestId: requestIdOf(body),
  };
}

/** A 200 without a VersionId most likely did create something: say so rather than "failed". */
export function mapCreateVersion(body: Raw): WithRequestId<{ versionId: string }> {
  const versionId = optText(body.VersionId);
  if (!versionId) throw badResponse("CreateEdgeContainerAppVersion", msg("esa.unreadable.createdNoVersionId"), true);
  return { versionId, requestId: requestIdOf(body) };
}
