// ListEdgeContainerApps and GetEdgeContainerApp.
import { ERROR_MESSAGES, SandboxApiError } from "../gateway/api-error";
import { fuzzyMatch, pageOf, readListRequest, sortRecords } from "./list-query";
import type { AppRecord } from "./model";
import { requiredParam, type Params } from "../gateway/params";
import type { SandboxStore } from "./store";

const APP_SEARCH_TYPES = ["Appid", "Name"] as const;

export function appNotFound(): SandboxApiError {
  return new SandboxApiError(404, "InvalidApp.NotFound", ERROR_MESSAGES.appNotFound);
}

export function listApps(params: Params, store: SandboxStore): Record<string, unknown> {
  // PageSize 1-500 for apps (esa-api-facts.md, section 4).
  const request = readListRequest(params, 500, APP_SEARCH_TYPES);
  const { searchKey, searchType } = request;
  const matches = (app: AppRecord) => {
    if (searchKey === undefined) return true;
    // Without a SearchType, either field may match.
    if (searchType === "Appid") return fuzzyMatch(app.AppId, searchKey);
    if (searchType === "Name") return fuzzyMatch(app.Name, searchKey);
    return fuzzyMatch(app.AppId, searchKey) || fuzzyMatch(app.Name, searchKey);
  };
  const found = sortRecords(store.listApps().filter(matches), request, (app) => app.AppId);
  return {
    PageNumber: request.pageNumber,
    PageSize: request.pageSize,
    TotalCount: found.length,
    Apps: pageOf(found, request.pageNumber, request.pageSize),
  };
}

export function getApp(params: Params, store: SandboxStore): Record<string, unknown> {
  const app = store.getApp(requiredParam(params, "AppId"));
  if (!app) throw appNotFound();
  return { App: app };
}
