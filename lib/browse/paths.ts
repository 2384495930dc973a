// Paths of the app and version pages, encoded once.

export const appHref = (appId: string) => `/apps/${encodeURIComponent(appId)}`;

export const newVersionHref = (appId: string, fromVersionId?: string) =>
  `${appHref(appId)}/versions/new${fromVersionId ? `?from=${encodeURIComponent(fromVersionId)}` : ""}`;

export const versionHref = (appId: string, versionId: string) =>
  `${appHref(appId)}/versions/${encodeURIComponent(versionId)}`;
