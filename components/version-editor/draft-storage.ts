import { appDraftKeys, draftKey, legacyDraftKey } from "@/lib/version/draft-keys";
import { DRAFT_FORMAT, readStoredDraft, type DraftBase, type DraftRead } from "@/lib/version/draft-reader";
import type { VersionForm } from "@/lib/version/schema";

// localStorage I/O for drafts. Every call tolerates storage that is full, disabled or throwing:
// the warning before leaving still protects the work.

export type OtherDraft = { base: DraftBase; savedAt: string };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function writeDraft(appId: string, base: DraftBase, values: VersionForm): void {
  const draft = { format: DRAFT_FORMAT, savedAt: new Date().toISOString(), appId, base, values };
  try {
    storage()?.setItem(draftKey(appId, base?.versionId ?? null), JSON.stringify(draft));
  } catch {
    // Storage full or disabled.
  }
}

export function removeDraft(appId: string, base: DraftBase): void {
  storage()?.removeItem(draftKey(appId, base?.versionId ?? null));
}

/** A per-app draft of an older release becomes this app's blank-start draft (its base is unknown). */
function migrateLegacyDraft(store: Storage, appId: string): void {
  const raw = store.getItem(legacyDraftKey(appId));
  if (raw === null) return;
  const blank = draftKey(appId, null);
  try {
    if (store.getItem(blank) === null) store.setItem(blank, raw);
    store.removeItem(legacyDraftKey(appId));
  } catch {
    // Storage full: the legacy draft stays where it is.
  }
}

/** This page's draft. One that cannot be read is taken out of the way, so that saving does not
 * overwrite it before the person has had the chance to download it. */
export function loadDraft(appId: string, base: DraftBase): DraftRead {
  const store = storage();
  if (!store) return { kind: "none" };
  migrateLegacyDraft(store, appId);
  const key = draftKey(appId, base?.versionId ?? null);
  const read = readStoredDraft(store.getItem(key), appId, base);
  if (read.kind === "unreadable") {
    try {
      store.setItem(`${key}:set-aside`, read.raw);
    } catch {
      // Storage full: the raw text is still offered for download from memory.
    }
    store.removeItem(key);
  }
  return read;
}

/** The app's drafts that started from another base than this page's, newest first. */
export function otherDrafts(appId: string, base: DraftBase): OtherDraft[] {
  const store = storage();
  if (!store) return [];
  const own = draftKey(appId, base?.versionId ?? null);
  const found: OtherDraft[] = [];
  for (const key of appDraftKeys(Object.keys(store), appId)) {
    if (key === own) continue;
    const read = readStoredDraft(store.getItem(key), appId, null);
    if (read.kind === "ready") found.push({ base: read.draft.base, savedAt: read.draft.savedAt });
  }
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export function dropSetAside(appId: string, base: DraftBase): void {
  storage()?.removeItem(`${draftKey(appId, base?.versionId ?? null)}:set-aside`);
}
