import "server-only";

import { and, eq, sql } from "drizzle-orm";

import { operationClaim } from "./schema";
import type { Db } from "./types";

// SQL of operation claims (schema/operations.ts). Times come from the database's clock, so
// instances whose clocks differ still agree on whether a lease has run out.

export type ClaimState = "running" | "done" | "failed" | "unknown";
export type FinishedState = Exclude<ClaimState, "running">;

export interface ClaimRequest {
  key: string;
  kind: string;
  contentHash: string;
  owner: string;
  leaseMs: number;
}

export type ClaimAttempt =
  /** This caller holds the claim; `previous` says what an earlier holder left (null: nobody). */
  | { status: "claimed"; previous: null | "expired" | "failed" | "unknown" }
  /** Another holder is on it and its lease runs. */
  | { status: "busy"; owner: string }
  /** Finished: a success (always reported), or, when asked for, a failure of the same content. */
  | { status: "finished"; state: FinishedState; contentHash: string; result: unknown };

const leaseEnd = (ms: number) => sql`now() + make_interval(secs => ${ms / 1000})`;

/**
 * Claims `key`. A running claim whose lease ran out, or a failed or unknown one, is taken over;
 * a finished success is reported, never taken. With `reportFailures` (a caller that waited for
 * this very content), a failed or unknown outcome of the same content is reported instead of
 * taken over. A new key is claimed by one statement (INSERT … ON CONFLICT DO NOTHING is atomic on
 * its own: one round trip, where a transaction around it took three); a key already there is
 * read and taken over under its row lock, in one transaction.
 */
export async function claimOperation(
  db: Db,
  request: ClaimRequest,
  { reportFailures = false } = {},
): Promise<ClaimAttempt> {
  const inserted = await db
    .insert(operationClaim)
    .values({
      key: request.key,
      kind: request.kind,
      contentHash: request.contentHash,
      state: "running",
      owner: request.owner,
      leaseUntil: leaseEnd(request.leaseMs),
    })
    .onConflictDoNothing()
    .returning({ key: operationClaim.key });
  if (inserted.length > 0) return { status: "claimed", previous: null };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        state: operationClaim.state,
        owner: operationClaim.owner,
        contentHash: operationClaim.contentHash,
        result: operationClaim.result,
        live: sql<boolean>`${operationClaim.leaseUntil} > now()`,
      })
      .from(operationClaim)
      .where(eq(operationClaim.key, request.key))
      .for("update");
    // Deleted between the insert and the select (an operator's clean-up): claim it afresh.
    if (!row) return claimOperation(db, request, { reportFailures });
    if (row.state === "running" && row.live) return { status: "busy", owner: row.owner };
    const finished = {
      status: "finished" as const,
      contentHash: row.contentHash,
      result: row.result,
    };
    if (row.state === "done") return { ...finished, state: "done" };
    if (row.state !== "running" && reportFailures && row.contentHash === request.contentHash) {
      return { ...finished, state: row.state };
    }
    await tx
      .update(operationClaim)
      .set({
        contentHash: request.contentHash,
        state: "running",
        owner: request.owner,
        leaseUntil: leaseEnd(request.leaseMs),
        result: null,
        claimedAt: sql`now()`,
        finishedAt: null,
      })
      .where(eq(operationClaim.key, request.key));
    return { status: "claimed", previous: row.state === "running" ? "expired" : row.state };
  });
}

/** Records the outcome of a claim this owner still holds; false when it was taken over meanwhile. */
export async function finishClaim(
  db: Db,
  key: string,
  owner: string,
  state: FinishedState,
  result: unknown,
): Promise<boolean> {
  const updated = await db
    .update(operationClaim)
    .set({ state, result, finishedAt: sql`now()` })
    .where(
      and(
        eq(operationClaim.key, key),
        eq(operationClaim.owner, owner),
        eq(operationClaim.state, "running"),
      ),
    )
    .returning({ key: operationClaim.key });
  return updated.length > 0;
}

/** Removes a recorded success that no longer holds (its version was deleted since). */
export async function forgetClaim(db: Db, key: string, contentHash: string): Promise<void> {
  await db
    .delete(operationClaim)
    .where(
      and(
        eq(operationClaim.key, key),
        eq(operationClaim.state, "done"),
        eq(operationClaim.contentHash, contentHash),
      ),
    );
}
