// Paths of the app and version pages, encoded once.

export const appHref = (appId: string) => `/apps/${encodeURIComponent(appId)}`;

export const newVersionHref = (appId: string, fromVersionId?: string) =>
  `${appHref(appId)}/versions/new${fromVersionId ? `?from=${encodeURIComponent(fromVersionId)}` : ""}`;

export const releaseHref = (appId: string) => `${appHref(appId)}/release`;

export const versionHref = (appId: string, versionId: string) =>
  `${appHref(appId)}/versions/${encodeURIComponent(versionId)}`;

/** The request header proxy.ts sets to the requested path (overwriting any the client sent). */
export const PATH_HEADER = "x-studio-path";

/** The application and version IDs in a path under /apps, decoded. */
export function idsFromPath(path: string): { appId?: string; versionId?: string } {
  const match = /^\/apps\/([^/]+)(?:\/versions\/([^/]+))?/.exec(path);
  return {
    appId: match?.[1] ? decodeURIComponentSafe(match[1]) : undefined,
    versionId: match?.[2] ? decodeURIComponentSafe(match[2]) : undefined,
  };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
