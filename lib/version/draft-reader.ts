import { msg } from "@/lib/i18n/message-ref";

import { emptyContainer, emptyVersionForm } from "./defaults";
import type { VersionForm } from "./schema";

// Drafts are unfinished work kept in the browser across releases, so they are read tolerantly:
// the structure the editor needs is checked against the defaults, what an older release left out
// is filled in, and a draft that cannot be made whole is set aside (never half-loaded), so the
// editor cannot be brought down by what it stored itself.

export const DRAFT_FORMAT = 2;

/** The version a draft started from; null for a blank start. */
export type DraftBase = { versionId: string; label: string } | null;

export type StoredDraft = {
  format: typeof DRAFT_FORMAT;
  savedAt: string;
  appId: string;
  base: DraftBase;
  values: VersionForm;
};

export type DraftRead =
  | { kind: "none" }
  | { kind: "ready"; draft: StoredDraft; migrated: boolean }
  /** `reason`: why, as a message reference (lib/i18n/message-ref.ts), e.g. "it is not valid JSON";
   * pass it as a value of the sentence that shows it. */
  | { kind: "unreadable"; raw: string; reason: string };

/** Elements of the form's lists, by the key that holds the list. */
const listItems: Record<string, () => unknown> = {
  containers: () => emptyContainer(""),
  env: () => ({ key: "", value: "" }),
  headers: () => ({ name: "", value: "" }),
};

type Filled = { value: unknown; migrated: boolean };

class Unreadable extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `value` in the shape of `template`: missing fields from the template, numbers kept as text. */
function fillLike(template: unknown, value: unknown, path: string, key: string): Filled {
  if (value === undefined) return { value: structuredClone(template), migrated: true };
  if (typeof template === "string") {
    if (typeof value === "string") return { value, migrated: false };
    if (typeof value === "number" && Number.isFinite(value)) return { value: String(value), migrated: true };
    throw new Unreadable(msg("validation.draft.notText", { path }));
  }
  if (typeof template === "boolean") {
    if (typeof value === "boolean") return { value, migrated: false };
    throw new Unreadable(msg("validation.draft.notBoolean", { path }));
  }
  if (Array.isArray(template)) {
    const item = listItems[key];
    if (!Array.isArray(value) || !item) throw new Unreadable(msg("validation.draft.notList", { path }));
    let migrated = false;
    const items = value.map((v, i) => {
      if (!isRecord(v)) throw new Unreadable(msg("validation.draft.damagedItem", { path: `${path}[${i}]` }));
      const filled = fillLike(item(), v, `${path}[${i}]`, "");
      migrated ||= filled.migrated;
      return filled.value;
    });
    return { value: items, migrated };
  }
  if (isRecord(template)) {
    if (!isRecord(value)) throw new Unreadable(msg("validation.draft.damaged", { path }));
    let migrated = Object.keys(value).some((k) => !(k in template)); // fields since removed
    const out: Record<string, unknown> = {};
    for (const [k, t] of Object.entries(template)) {
      const filled = fillLike(t, value[k], path ? `${path}.${k}` : k, k);
      migrated ||= filled.migrated;
      out[k] = filled.value;
    }
    return { value: out, migrated };
  }
  throw new Unreadable(msg("validation.draft.unexpectedShape", { path }));
}

/**
 * Reads a stored draft for `appId`. Format 1 (before drafts were versioned) was `{ savedAt, values }`
 * per app; its base is not known, so it reads as a blank start.
 */
export function readStoredDraft(raw: string | null, appId: string, base: DraftBase): DraftRead {
  if (raw === null || raw === "") return { kind: "none" };
  const unreadable = (reason: string): DraftRead => ({ kind: "unreadable", raw, reason });
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return unreadable(msg("validation.draft.notJson"));
  }
  if (!isRecord(parsed)) return unreadable(msg("validation.draft.notDraft"));
  const format = parsed.format ?? 1;
  if (format !== 1 && format !== DRAFT_FORMAT)
    return unreadable(msg("validation.draft.newerFormat", { format: String(format) }));
  const savedAt = typeof parsed.savedAt === "string" && !Number.isNaN(Date.parse(parsed.savedAt)) ? parsed.savedAt : null;
  if (!savedAt) return unreadable(msg("validation.draft.noSaveTime"));
  try {
    const filled = fillLike(emptyVersionForm(appId), parsed.values, "values", "");
    const values = filled.value as VersionForm;
    values.appId = appId; // a draft belongs to the page's app, whatever an older release stored
    const storedBase = format === 1 ? null : readBase(parsed.base);
    return {
      kind: "ready",
      draft: { format: DRAFT_FORMAT, savedAt, appId, base: storedBase ?? base, values },
      migrated: filled.migrated || format === 1,
    };
  } catch (e) {
    if (e instanceof Unreadable) return unreadable(e.message);
    throw e;
  }
}

function readBase(v: unknown): DraftBase {
  if (!isRecord(v) || typeof v.versionId !== "string" || typeof v.label !== "string") return null;
  return { versionId: v.versionId, label: v.label };
}
