import "server-only";

import { asc, eq, gt, gte, lte, min, sql } from "drizzle-orm";

import { rowsOf } from "./rows";
import { auditChain, auditLog } from "./schema";
import type { Db } from "./types";

// SQL of the audit log. The hash chain's rules live in lib/audit; this module only stores rows
// and keeps the chain head (audit_chain, one row) consistent under a row lock.

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditChainHead = typeof auditChain.$inferSelect;

export type NewAuditRow = Omit<AuditRow, "id" | "prevHash" | "hash">;

type RawAuditRow = Omit<AuditRow, "id" | "time"> & { id: number | string; time: Date | string };

/**
 * Appends one row in ONE statement: it locks the chain head (FOR UPDATE), inserts the row as
 * head id + 1 pointing at the head's hash, hashes it, and moves the head. The hash is sha256 over
 * `frame.before + id + frame.middle + to_json(prev hash) + "]"`: lib/audit's auditHashFrame
 * frames the row so that this is exactly its auditRowHash. Appends still take the head one at a
 * time across instances, but the lock is held for one statement, not for the round trips of a
 * transaction (select, insert, update, commit); a waiting append re-reads the head PostgreSQL's
 * way (READ COMMITTED re-checks a locked row once it is released), so it links to the new head.
 */
export async function appendAuditRow(
  db: Db,
  row: NewAuditRow,
  frame: { before: string; middle: string },
): Promise<AuditRow> {
  const payload =
    row.payload === null || row.payload === undefined ? null : JSON.stringify(row.payload);
  const [stored] = await rowsOf<RawAuditRow>(
    db,
    sql`
      with head as (
        select head_id + 1 as id, head_hash from audit_chain where id = 1 for update
      ), linked as (
        select id, head_hash, encode(sha256(convert_to(
          ${frame.before} || id::text || ${frame.middle} || to_json(head_hash)::text || ']',
          'UTF8')), 'hex') as hash
        from head
      ), inserted as (
        insert into audit_log (id, time, actor_id, actor_name, actor_kind, action, app_id,
          app_name, target, outcome, esa_code, request_id, client_address, user_agent, payload,
          prev_hash, hash)
        select id, ${row.time.toISOString()}::timestamptz, ${row.actorId}, ${row.actorName},
          ${row.actorKind}, ${row.action}, ${row.appId}, ${row.appName}, ${row.target},
          ${row.outcome}, ${row.esaCode}, ${row.requestId}, ${row.clientAddress},
          ${row.userAgent}, ${payload}::jsonb, head_hash, hash
        from linked
        returning id, time, actor_id as "actorId", actor_name as "actorName",
          actor_kind as "actorKind", action, app_id as "appId", app_name as "appName", target,
          outcome, esa_code as "esaCode", request_id as "requestId",
          client_address as "clientAddress", user_agent as "userAgent", payload,
          prev_hash as "prevHash", hash
      ), moved as (
        update audit_chain set head_id = inserted.id, head_hash = inserted.hash
        from inserted where audit_chain.id = 1
      )
      select * from inserted`,
  );
  if (!stored) throw new Error("The audit chain head is missing: the database is not migrated.");
  return {
    ...stored,
    id: Number(stored.id),
    time: stored.time instanceof Date ? stored.time : new Date(stored.time),
  };
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
