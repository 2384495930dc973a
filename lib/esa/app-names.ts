import "server-only";

import { EsaError } from "./errors";
import { getApp } from "./operations";

// App names for the guard's role check (grants by name pattern, shop-*), remembered per process.
// Sound because an app's name does not change under its AppId: ESA's API has no action that
// renames an app (SDK 2.43.0 lists CreateEdgeContainerApp, DeleteEdgeContainerApp and
// GetEdgeContainerApp, no Update; /work/shared/spec/esa-sdk-2.43.0-other-actions.txt, and
// esa-api-facts.md §4), and AppIds are made by the service, never chosen, so a deleted app's id
// does not come back under another name. Should a rename ever happen by other means (the
// console), TTL_MS bounds how long the old name can count. Only found names are remembered: an
// app that ESA says is missing, or a failed read, is asked again next time.

const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 2_000;

type Entry = { name: string; until: number };
const holder = globalThis as typeof globalThis & { __studioAppNames?: Map<string, Entry> };
const names = (holder.__studioAppNames ??= new Map());

/**
 * The app's name (its AppId when ESA gives none), or null when ESA has no such app. Other
 * failures throw the EsaError. `read`: GetEdgeContainerApp, or a per-request cached one.
 */
export async function appNameOf(
  appId: string,
  read: typeof getApp = getApp,
  now = Date.now(),
): Promise<string | null> {
  const known = names.get(appId);
  if (known && known.until > now) return known.name;
  try {
    const name = (await read(appId)).app.name || appId;
    if (names.size >= MAX_ENTRIES) names.delete(names.keys().next().value!);
    names.set(appId, { name, until: now + TTL_MS });
    return name;
  } catch (error) {
    names.delete(appId);
    if (error instanceof EsaError && error.code === "InvalidApp.NotFound") return null;
    throw error;
  }
}

/** Forgets an app's name: ESA answered that it does not exist (it was deleted). */
export function forgetAppName(appId: string): void {
  names.delete(appId);
}
