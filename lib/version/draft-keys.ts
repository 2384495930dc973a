// Where drafts live in localStorage: one per app and base version, so "New version from v1" never
// shows what was typed starting from v2. The base part is "blank" for a version started empty.

const PREFIX = "version-studio:draft:";
const BLANK = "blank";

export const draftKey = (appId: string, baseVersionId: string | null) =>
  `${PREFIX}v2:${encodeURIComponent(appId)}:${baseVersionId === null ? BLANK : `from:${encodeURIComponent(baseVersionId)}`}`;

/** The key of the per-app drafts stored before drafts were kept per base version. */
export const legacyDraftKey = (appId: string) => `${PREFIX}${appId}`;

/** Keys of this app's drafts, from a list of storage keys. */
export function appDraftKeys(keys: Iterable<string>, appId: string): string[] {
  const prefix = `${PREFIX}v2:${encodeURIComponent(appId)}:`;
  return [...keys].filter((k) => k.startsWith(prefix));
}
