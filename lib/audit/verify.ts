import "server-only";

import { readAuditChainHead, readAuditRowsAfter } from "@/lib/db/audit-store";
import type { Db } from "@/lib/db/types";

import { auditRowHash } from "./canonical";

export type AuditVerifyResult =
  | { ok: true; rows: number; headId: number }
  | { ok: false; rows: number; brokenRowId: number | null; reason: string };

const BATCH = 500;

/**
 * Walks the chain from its genesis (zeros, or the last pruned row's hash) and names the first
 * row that breaks it: a row whose content no longer matches its hash, or that does not point at
 * the row before it. Rows missing at the end show as a head that is not the last row.
 */
export async function verifyAuditChain(db: Db): Promise<AuditVerifyResult> {
  const chain = await readAuditChainHead(db);
  let expectedPrev = chain.genesisHash;
  let expectedId = chain.prunedThroughId + 1;
  let lastId = chain.prunedThroughId;
  let rows = 0;
  for (;;) {
    const batch = await readAuditRowsAfter(db, lastId, BATCH);
    for (const row of batch) {
      const fail = (reason: string) => ({ ok: false as const, rows, brokenRowId: row.id, reason });
      if (row.id !== expectedId) {
        return fail(`row ${expectedId} is missing: the next row is ${row.id}`);
      }
      if (row.prevHash !== expectedPrev) {
        return fail(`row ${row.id} does not point at the row before it`);
      }
      const { hash, ...content } = row;
      if (auditRowHash(content) !== hash) {
        return fail(`row ${row.id} was changed after it was written`);
      }
      expectedPrev = hash;
      expectedId = row.id + 1;
      lastId = row.id;
      rows += 1;
    }
    if (batch.length < BATCH) break;
  }
  if (lastId !== chain.headId || expectedPrev !== chain.headHash) {
    return {
      ok: false,
      rows,
      brokenRowId: lastId === chain.prunedThroughId ? null : lastId,
      reason: `the chain ends at row ${lastId} but its head says ${chain.headId}: rows were removed or the head was changed`,
    };
  }
  return { ok: true, rows, headId: chain.headId };
}
