import type { ListState } from "./list-state";

// TanStack Query keys, shared by the server (which seeds the cache it dehydrates) and the client
// components that hydrate and refresh it. Both sides must build exactly the same key.

export const versionListKey = (appId: string, state: ListState) =>
  ["esa", "versions", appId, state] as const;

export const versionKey = (appId: string, versionId: string) =>
  ["esa", "version", appId, versionId] as const;

/** The release view's state of one app (both environments, staging health, regions). */
export const releaseStateKey = (appId: string) => ["esa", "release", appId] as const;

/** How often a list or version with a `creating` entry is asked for again. */
export const SETTLE_POLL_MS = 1000;
