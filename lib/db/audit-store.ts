import "server-only";

import { asc, eq, gt, gte, lte, min } from "drizzle-orm";

import { auditChain, auditLog } from "./schema";
import type { Db } from "./types";

// SQL of the audit log. The hash chain's rules live in lib/audit; this module only stores rows
// and keeps the chain head (audit_chain, one row) consistent under a row lock.

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditChainHead = typeof auditChain.$inferSelect;

/**
 * Appends one row. `build` receives the locked head and the new row's id (head id + 1) and
 * returns the complete row, hash included; instances append one at a time because the head row
 * is locked (SELECT … FOR UPDATE) until the transaction commits.
 */
export async function appendAuditRow(
  db: Db,
  build: (head: AuditChainHead, id: number) => AuditRow,
): Promise<AuditRow> {
  return db.transaction(async (tx) => {
    const [head] = await tx.select().from(auditChain).where(eq(auditChain.id, 1)).for("update");
    if (!head) throw new Error("The audit chain head is missing: the database is not migrated.");
    const row = build(head, head.headId + 1);
    await tx.insert(auditLog).values(row);
    await tx
      .update(auditChain)
      .set({ headId: row.id, headHash: row.hash })
      .where(eq(auditChain.id, 1));
    return row;
  });
}

export async function readAuditChainHead(db: Db): Promise<AuditChainHead> {
  const [head] = await db.select().from(auditChain).where(eq(auditChain.id, 1));
  if (!head) throw new Error("The audit chain head is missing: the database is not migrated.");
  return head;
}

/** Rows with id > afterId, in chain order, at most `limit`. */
export function readAuditRowsAfter(db: Db, afterId: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(gt(auditLog.id, afterId))
    .orderBy(asc(auditLog.id))
    .limit(limit);
}

/**
 * Deletes the oldest rows whose time is before `cutoff`, up to the first row that is not, and
 * makes the last deleted row's hash the chain's new genesis, so the rest still verifies.
 * Returns how many rows were deleted.
 */
export async function pruneAuditRowsBefore(db: Db, cutoff: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const [head] = await tx.select().from(auditChain).where(eq(auditChain.id, 1)).for("update");
    if (!head) throw new Error("The audit chain head is missing: the database is not migrated.");
    const [firstKept] = await tx
      .select({ id: min(auditLog.id) })
      .from(auditLog)
      .where(gte(auditLog.time, cutoff));
    const lastPruned = firstKept?.id != null ? Number(firstKept.id) - 1 : head.headId;
    if (lastPruned <= head.prunedThroughId) return 0;
    const [anchor] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .where(eq(auditLog.id, lastPruned));
    if (!anchor) throw new Error(`Audit row ${lastPruned} is missing: run audit:verify.`);
    await tx
      .update(auditChain)
      .set({ genesisHash: anchor.hash, prunedThroughId: lastPruned })
      .where(eq(auditChain.id, 1));
    const deleted = await tx
      .delete(auditLog)
      .where(lte(auditLog.id, lastPruned))
      .returning({ id: auditLog.id });
    return deleted.length;
  });
}
