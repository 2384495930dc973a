import "server-only";

import { and, desc, eq, lt, max } from "drizzle-orm";

import { serverDraft } from "./schema";
import type { Db } from "./types";

// SQL of the drafts kept on the server: one row per person × app × base version × copy, saved
// only against the revision the saver started from.

export type DraftRow = typeof serverDraft.$inferSelect;

export interface DraftSlot {
  userId: string;
  appId: string;
  /** "" for a blank start. */
  baseVersionId: string;
  copy: number;
}

export type DraftContent = Pick<DraftRow, "baseLabel" | "values" | "summary" | "templates">;

const slotIs = (slot: DraftSlot) =>
  and(
    eq(serverDraft.userId, slot.userId),
    eq(serverDraft.appId, slot.appId),
    eq(serverDraft.baseVersionId, slot.baseVersionId),
    eq(serverDraft.copy, slot.copy),
  );

export async function readDraftSlot(db: Db, slot: DraftSlot): Promise<DraftRow | undefined> {
  const [row] = await db.select().from(serverDraft).where(slotIs(slot));
  return row;
}

export async function readOwnDraft(db: Db, userId: string, id: string): Promise<DraftRow | undefined> {
  const [row] = await db
    .select()
    .from(serverDraft)
    .where(and(eq(serverDraft.id, id), eq(serverDraft.userId, userId)));
  return row;
}

export type DraftSave = { kind: "saved"; row: DraftRow } | { kind: "conflict"; current: DraftRow };

/**
 * Saves a slot's content when its stored revision is `expectedRevision` (null: the saver knew of
 * none). A newer stored revision is a conflict and is answered, untouched. A slot that is gone
 * (created, discarded, pruned meanwhile) starts again at revision 1.
 */
export async function saveDraftSlot(
  db: Db,
  id: string,
  slot: DraftSlot,
  content: DraftContent,
  expectedRevision: number | null,
  now = new Date(),
): Promise<DraftSave> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(serverDraft).where(slotIs(slot)).for("update");
    if (current) {
      if (current.revision !== expectedRevision) return { kind: "conflict", current };
      const [row] = await tx
        .update(serverDraft)
        .set({ ...content, revision: current.revision + 1, updatedAt: now })
        .where(eq(serverDraft.id, current.id))
        .returning();
      return { kind: "saved", row: row! };
    }
    const [row] = await tx
      .insert(serverDraft)
      .values({ id, ...slot, ...content, revision: 1, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    if (row) return { kind: "saved", row };
    // Another save created the slot between the read and the insert.
    const [winner] = await tx.select().from(serverDraft).where(slotIs(slot));
    return { kind: "conflict", current: winner! };
  });
}

/** The next free copy number of a start (1, 2, …). */
export async function nextCopyNumber(db: Db, slot: Omit<DraftSlot, "copy">): Promise<number> {
  const [row] = await db
    .select({ top: max(serverDraft.copy) })
    .from(serverDraft)
    .where(
      and(
        eq(serverDraft.userId, slot.userId),
        eq(serverDraft.appId, slot.appId),
        eq(serverDraft.baseVersionId, slot.baseVersionId),
      ),
    );
  return Number(row?.top ?? 0) + 1;
}

export function listOwnDrafts(db: Db, userId: string): Promise<DraftRow[]> {
  return db.select().from(serverDraft).where(eq(serverDraft.userId, userId)).orderBy(desc(serverDraft.updatedAt));
}

export async function deleteOwnDraft(db: Db, userId: string, id: string): Promise<DraftRow | undefined> {
  const [row] = await db
    .delete(serverDraft)
    .where(and(eq(serverDraft.id, id), eq(serverDraft.userId, userId)))
    .returning();
  return row;
}

export async function deleteDraftSlot(db: Db, slot: DraftSlot): Promise<number> {
  const rows = await db.delete(serverDraft).where(slotIs(slot)).returning({ id: serverDraft.id });
  return rows.length;
}

/** Removes drafts last saved before `cutoff`; returns how many. */
export async function deleteDraftsSavedBefore(db: Db, cutoff: Date): Promise<number> {
  const rows = await db.delete(serverDraft).where(lt(serverDraft.updatedAt, cutoff)).returning({ id: serverDraft.id });
  return rows.length;
}

export async function deleteAllOwnDrafts(db: Db, userId: string): Promise<number> {
  const rows = await db.delete(serverDraft).where(eq(serverDraft.userId, userId)).returning({ id: serverDraft.id });
  return rows.length;
}
