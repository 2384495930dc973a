import "server-only";

import { and, desc, eq, gt, inArray, lte, sql } from "drizzle-orm";

import { releaseRequest, type ReleaseRequestStatus } from "./schema";
import type { Db } from "./types";

// SQL of four-eyes release requests. Deciding is one conditional UPDATE each, so two approvers
// (or a double click, or two instances) cannot both execute a request: the row moves from
// `pending` once, and only while it has not expired.

export type ReleaseRequestRow = typeof releaseRequest.$inferSelect;
export type NewReleaseRequest = typeof releaseRequest.$inferInsert;

export async function insertReleaseRequest(db: Db, values: NewReleaseRequest): Promise<ReleaseRequestRow> {
  const [row] = await db.insert(releaseRequest).values(values).returning();
  if (!row) throw new Error("The release request was not stored.");
  return row;
}

export async function readReleaseRequest(db: Db, id: number): Promise<ReleaseRequestRow | undefined> {
  const [row] = await db.select().from(releaseRequest).where(eq(releaseRequest.id, id));
  return row;
}

export function listReleaseRequests(
  db: Db,
  statuses: readonly ReleaseRequestStatus[],
  limit = 200,
): Promise<ReleaseRequestRow[]> {
  return db
    .select()
    .from(releaseRequest)
    .where(inArray(releaseRequest.status, [...statuses]))
    .orderBy(desc(releaseRequest.requestedAt), desc(releaseRequest.id))
    .limit(limit);
}

/** Pending requests not yet expired at `now` (app and id only: for counting what a person sees). */
export function listOpenRequests(db: Db, now: Date): Promise<Pick<ReleaseRequestRow, "id" | "appId" | "appName">[]> {
  return db
    .select({ id: releaseRequest.id, appId: releaseRequest.appId, appName: releaseRequest.appName })
    .from(releaseRequest)
    .where(and(eq(releaseRequest.status, "pending"), gt(releaseRequest.expiresAt, now)));
}

/** Marks pending requests past their expiry as expired (decided at their expiry time). */
export function expireOverdue(db: Db, now: Date): Promise<ReleaseRequestRow[]> {
  return db
    .update(releaseRequest)
    .set({ status: "expired", decidedAt: sql`${releaseRequest.expiresAt}` })
    .where(and(eq(releaseRequest.status, "pending"), lte(releaseRequest.expiresAt, now)))
    .returning();
}

interface Decision {
  id: number;
  by: string;
  byName: string;
  reason: string;
  now: Date;
}

/** pending → executing for an approver who is not the requester; undefined when not possible. */
export async function claimForExecution(db: Db, decision: Decision): Promise<ReleaseRequestRow | undefined> {
  const [row] = await db
    .update(releaseRequest)
    .set({ status: "executing", decidedBy: decision.by, decidedByName: decision.byName, decidedAt: decision.now, reason: decision.reason })
    .where(
      and(
        eq(releaseRequest.id, decision.id),
        eq(releaseRequest.status, "pending"),
        gt(releaseRequest.expiresAt, decision.now),
        // "is distinct from": a requester whose account was deleted (null) is still not the approver.
        sql`${releaseRequest.requestedBy} is distinct from ${decision.by}`,
      ),
    )
    .returning();
  return row;
}

/** executing → approved, with what executing it came to. */
export async function finishExecution(db: Db, id: number, outcome: unknown): Promise<void> {
  await db
    .update(releaseRequest)
    .set({ status: "approved", outcome })
    .where(and(eq(releaseRequest.id, id), eq(releaseRequest.status, "executing")));
}

/** pending → rejected, while not expired; undefined when not possible. */
export async function rejectPending(db: Db, decision: Decision): Promise<ReleaseRequestRow | undefined> {
  const [row] = await db
    .update(releaseRequest)
    .set({ status: "rejected", decidedBy: decision.by, decidedByName: decision.byName, decidedAt: decision.now, reason: decision.reason })
    .where(and(eq(releaseRequest.id, decision.id), eq(releaseRequest.status, "pending"), gt(releaseRequest.expiresAt, decision.now)))
    .returning();
  return row;
}
