import { canonicalJson } from "@/lib/version/canonical-json";
import { draftKey } from "@/lib/version/draft-keys";
import { readStoredDraft, type DraftBase, type StoredDraft } from "@/lib/version/draft-reader";

// What this browser knows about the server's copy of a draft: the revision its local draft was
// last saved as or loaded from, and when. Kept beside the local draft in localStorage.

export interface SyncMark {
  revision: number;
  /** The local draft's savedAt when it was last in step with the server. */
  localSavedAt: string | null;
  /** The person discarded the draft at `revision`: that revision (or an older one) left on the
   * server by a discard that did not arrive is discarded again, never restored. */
  discarded?: boolean;
}

const markKey = (appId: string, localBase: DraftBase) => `${draftKey(appId, localBase?.versionId ?? null)}:server`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readSyncMark(appId: string, localBase: DraftBase): SyncMark | null {
  try {
    const parsed = JSON.parse(storage()?.getItem(markKey(appId, localBase)) ?? "null") as SyncMark | null;
    return parsed && typeof parsed.revision === "number" ? parsed : null;
  } catch {
    return null;
  }
}

export function writeSyncMark(appId: string, localBase: DraftBase, mark: SyncMark | null): void {
  try {
    if (mark) storage()?.setItem(markKey(appId, localBase), JSON.stringify(mark));
    else storage()?.removeItem(markKey(appId, localBase));
  } catch {
    // Storage full or disabled: the next save compares with the server again.
  }
}

/** The local draft as stored, without the side effects of loading it into the editor. */
export function peekLocalDraft(appId: string, localBase: DraftBase): StoredDraft | null {
  const read = readStoredDraft(storage()?.getItem(draftKey(appId, localBase?.versionId ?? null)) ?? null, appId, localBase);
  return read.kind === "ready" ? read.draft : null;
}

export type OpenDecision =
  | { kind: "nothing" }
  | { kind: "push"; expected: number | null }
  | { kind: "load-server" }
  | { kind: "drop-local" }
  | { kind: "discard-server" }
  | { kind: "conflict" };

/**
 * What to do when the editor opens, from the server's draft, the local one and the mark:
 * restore the server's (another machine saved it), send the local one (saved offline), drop a
 * local one the server had and no longer has (created, discarded or pruned elsewhere), or offer
 * both when each holds changes the other lacks.
 */
export function decideOnOpen(
  server: { revision: number; values: unknown } | null,
  local: { savedAt: string; values: unknown } | null,
  mark: SyncMark | null,
): OpenDecision {
  if (!server) {
    if (!local) return { kind: "nothing" };
    return mark && mark.localSavedAt === local.savedAt ? { kind: "drop-local" } : { kind: "push", expected: null };
  }
  if (mark?.discarded && server.revision <= mark.revision) return { kind: "discard-server" };
  if (!local) return { kind: "load-server" };
  if (canonicalJson(local.values) === canonicalJson(server.values)) return { kind: "nothing" };
  const localChanged = !mark || mark.localSavedAt !== local.savedAt;
  if (mark && mark.revision === server.revision) {
    return localChanged ? { kind: "push", expected: server.revision } : { kind: "nothing" };
  }
  return localChanged ? { kind: "conflict" } : { kind: "load-server" };
}
