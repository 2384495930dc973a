import type { EsaErrorPublic, EsaVersion } from "@/lib/esa/types";
import { msg } from "@/lib/i18n/message-ref";
import type { ReleaseState } from "@/lib/release/release-state";
import { listQueryString, VERSION_LIST_DEFAULTS, type ListState } from "./list-state";
import type { VersionPage } from "./version-summary";

// Browser-side reads through this app's route handlers (app/api/...), which call lib/esa on the
// server. A failure arrives as `{ error: EsaErrorPublic }` and is thrown as an ApiError; its
// message is the server's (already in the reader's language) or, without one, a message
// reference to show with useRenderMessage.

export class ApiError extends Error {
  readonly detail: EsaErrorPublic | undefined;
  readonly status: number;

  constructor(status: number, detail: EsaErrorPublic | undefined) {
    super(detail?.message ?? msg("browse.httpFailure", { status }));
    this.name = "ApiError";
    this.status = status;
    this.detail = detail;
  }
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, {
    signal,
    headers: { accept: "application/json" },
    cache: "no-store",
  });
  // A non-JSON body (a proxy's HTML page) is read as no body: an error either way.
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok || body === undefined) {
    const error = (body as { error?: EsaErrorPublic } | undefined)?.error;
    throw new ApiError(response.status, error);
  }
  return body as T;
}

const appPath = (appId: string) => `/api/apps/${encodeURIComponent(appId)}`;

export function fetchVersionPage(
  appId: string,
  state: ListState,
  signal?: AbortSignal,
): Promise<VersionPage> {
  return getJson(
    `${appPath(appId)}/versions${listQueryString(state, VERSION_LIST_DEFAULTS)}`,
    signal,
  );
}

export async function fetchVersion(
  appId: string,
  versionId: string,
  signal?: AbortSignal,
): Promise<EsaVersion> {
  const body = await getJson<{ version: EsaVersion }>(
    `${appPath(appId)}/versions/${encodeURIComponent(versionId)}`,
    signal,
  );
  return body.version;
}

/** The release view's state (app/api/apps/[appId]/release). */
export function fetchReleaseState(appId: string, signal?: AbortSignal): Promise<ReleaseState> {
  return getJson(`${appPath(appId)}/release`, signal);
}
