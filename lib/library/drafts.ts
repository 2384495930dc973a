import "server-only";

import { randomUUID } from "node:crypto";

import { z } from "zod";

import {
  deleteDraftSlot,
  deleteAllOwnDrafts,
  deleteDraftsSavedBefore,
  deleteOwnDraft,
  listOwnDrafts,
  nextCopyNumber,
  readDraftSlot,
  readOwnDraft,
  saveDraftSlot,
  type DraftRow,
  type DraftSlot,
} from "@/lib/db/draft-store";
import type { Db } from "@/lib/db/types";
import { actionFailure, type ActionFailure } from "@/lib/submit/results";
import { readStoredDraft, type DraftBase } from "@/lib/version/draft-reader";
import type { VersionForm } from "@/lib/version/schema";
import { msg } from "@/lib/i18n/message-ref";

import { draftSummary } from "./draft-summary";
import type { DraftCopyResult, DraftSaveResult, ServerDraftView } from "./draft-types";
import { readTemplateOrigins } from "./version-origin";

// Drafts on the server (issue 19): the person's own, per app × base version (the browser's key,
// lib/version/draft-keys.ts) × copy. Every save names the revision it started from; a newer one
// on the server is a conflict, answered with that newer draft so the editor can offer both.

const MAX_DRAFT_CHARS = 2_000_000;
const ID = /^[A-Za-z0-9._-]{1,128}$/;

const addressSchema = z.object({
  appId: z.string().regex(ID),
  base: z.object({ versionId: z.string().regex(ID), label: z.string().max(300) }).nullable(),
  copy: z.number().int().min(0).max(1000),
});

const saveSchema = addressSchema.extend({
  values: z.unknown(),
  expectedRevision: z.number().int().min(1).nullable(),
  templates: z.unknown().optional(),
});

const invalid = (message: string) => actionFailure("ValidationFailed", message);

function slotOf(userId: string, address: z.infer<typeof addressSchema>): DraftSlot {
  return { userId, appId: address.appId, baseVersionId: address.base?.versionId ?? "", copy: address.copy };
}

export function toDraftView(row: DraftRow): ServerDraftView {
  const base: DraftBase = row.baseVersionId ? { versionId: row.baseVersionId, label: row.baseLabel ?? row.baseVersionId } : null;
  return {
    id: row.id,
    appId: row.appId,
    base,
    copy: row.copy,
    revision: row.revision,
    savedAt: row.updatedAt.toISOString(),
    values: row.values as VersionForm,
    summary: row.summary,
    templates: row.templates,
  };
}

/** The values as the editor's draft reader makes them whole, or why they cannot be kept. */
function readValues(appId: string, base: DraftBase, values: unknown): VersionForm | string {
  let raw: string;
  try {
    raw = JSON.stringify({ format: 2, savedAt: new Date().toISOString(), appId, base, values });
  } catch {
    return msg("library.drafts.valuesUnreadable");
  }
  if (raw.length > MAX_DRAFT_CHARS) return msg("library.drafts.tooLarge");
  const read = readStoredDraft(raw, appId, base);
  if (read.kind === "ready") return read.draft.values;
  return msg("library.drafts.cannotKeep", {
    reason: read.kind === "unreadable" ? read.reason : msg("library.drafts.empty"),
  });
}

/** The address an untrusted request names, checked against the app the guard authorized. */
export function readDraftAddress(input: unknown, appId: string) {
  const parsed = addressSchema.safeParse(input);
  if (!parsed.success || parsed.data.appId !== appId) return null;
  return parsed.data;
}

export async function saveServerDraft(db: Db, userId: string, appId: string, input: unknown): Promise<DraftSaveResult> {
  const parsed = saveSchema.safeParse(input);
  if (!parsed.success || parsed.data.appId !== appId) return invalid(msg("library.drafts.malformedAddress"));
  const { base, expectedRevision } = parsed.data;
  const values = readValues(appId, base, parsed.data.values);
  if (typeof values === "string") return invalid(values);
  const content = {
    baseLabel: base?.label ?? null,
    values,
    summary: draftSummary(values),
    templates: readTemplateOrigins(parsed.data.templates),
  };
  const saved = await saveDraftSlot(db, randomUUID(), slotOf(userId, parsed.data), content, expectedRevision);
  if (saved.kind === "conflict") {
    return {
      ok: false,
      code: "Conflict",
      message: msg("library.drafts.conflict"),
      current: toDraftView(saved.current),
    };
  }
  return { ok: true, revision: saved.row.revision, savedAt: saved.row.updatedAt.toISOString(), id: saved.row.id };
}

export async function loadServerDraft(db: Db, userId: string, appId: string, input: unknown) {
  const address = readDraftAddress(input, appId);
  if (!address) return invalid(msg("library.drafts.malformedAddress"));
  const row = await readDraftSlot(db, slotOf(userId, address));
  return { ok: true as const, draft: row ? toDraftView(row) : null };
}

/** Keeps `values` as a new copy of the same start, so that neither side of a conflict is lost. */
export async function keepDraftCopy(db: Db, userId: string, appId: string, input: unknown): Promise<DraftCopyResult> {
  const parsed = saveSchema.safeParse(input);
  if (!parsed.success || parsed.data.appId !== appId) return invalid(msg("library.drafts.malformedAddress"));
  const values = readValues(appId, parsed.data.base, parsed.data.values);
  if (typeof values === "string") return invalid(values);
  const slot = slotOf(userId, parsed.data);
  const content = {
    baseLabel: parsed.data.base?.label ?? null,
    values,
    summary: draftSummary(values),
    templates: readTemplateOrigins(parsed.data.templates),
  };
  // Two copies made at once may pick the same number: the loser takes the next one.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const copy = await nextCopyNumber(db, slot);
    const saved = await saveDraftSlot(db, randomUUID(), { ...slot, copy }, content, null);
    if (saved.kind === "saved") return { ok: true, draft: toDraftView(saved.row) };
  }
  return actionFailure("Conflict", msg("library.drafts.copyFailed"));
}

export async function listMyDrafts(db: Db, userId: string): Promise<ServerDraftView[]> {
  return (await listOwnDrafts(db, userId)).map(toDraftView);
}

export async function readMyDraft(db: Db, userId: string, id: unknown): Promise<ServerDraftView | null> {
  if (typeof id !== "string" || !ID.test(id)) return null;
  const row = await readOwnDraft(db, userId, id);
  return row ? toDraftView(row) : null;
}

export async function discardMyDraft(
  db: Db,
  userId: string,
  id: unknown,
): Promise<{ ok: true; summary: string } | ActionFailure> {
  if (typeof id !== "string" || !ID.test(id)) return actionFailure("NotFound", msg("library.drafts.noSuchDraft"));
  const row = await deleteOwnDraft(db, userId, id);
  return row ? { ok: true, summary: row.summary } : actionFailure("NotFound", msg("library.drafts.noSuchDraftGone"));
}

export async function discardAllMyDrafts(db: Db, userId: string): Promise<{ ok: true; discarded: number }> {
  return { ok: true, discarded: await deleteAllOwnDrafts(db, userId) };
}

/** Removes one draft of a start: after a confirmed create (its copies stay), or a discard. */
export function removeStartDraft(db: Db, userId: string, appId: string, baseVersionId: string | null, copy = 0) {
  return deleteDraftSlot(db, { userId, appId, baseVersionId: baseVersionId ?? "", copy });
}

export const DEFAULT_DRAFT_RETENTION_DAYS = 30;

/** Removes drafts untouched for `days` (STUDIO_DRAFT_RETENTION_DAYS); returns how many. */
export function pruneStaleDrafts(db: Db, days: number, now = new Date()): Promise<number> {
  return deleteDraftsSavedBefore(db, new Date(now.getTime() - days * 86_400_000));
}
