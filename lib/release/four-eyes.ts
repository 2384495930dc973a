import "server-only";

import {
  claimForExecution,
  finishExecution,
  insertReleaseRequest,
  readReleaseRequest,
  rejectPending,
  type ReleaseRequestRow,
} from "@/lib/db/release-request-store";
import type { ReleaseRequestStatus } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { msg } from "@/lib/i18n/message-ref";

import type { ProductionOutcome } from "./production-outcome";
import type { ProductionPlan } from "./production-plan";
import type { ProductionContext } from "./production-context-types";

// The rules of four eyes on production: a request waits for a second releaser, the requester
// never approves their own (the conditional UPDATE checks it, whatever the browser sent), one
// approval executes it once, and a request nobody answered within 24 hours expires.

export const REQUEST_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface Person {
  id: string;
  name: string;
}

export type DecisionRefusal = {
  ok: false;
  code: "NotFound" | "SelfApproval" | "RequestExpired" | "AlreadyDecided";
  message: string;
};

/** Expiry is computed on read: a pending row past its time is expired even before a sweep. */
export function effectiveStatus(
  row: Pick<ReleaseRequestRow, "status" | "expiresAt">,
  now: Date,
): ReleaseRequestStatus {
  return row.status === "pending" && row.expiresAt.getTime() <= now.getTime()
    ? "expired"
    : row.status;
}

export function openRequest(
  db: Db,
  input: {
    app: { id: string; name: string };
    kind: "publish" | "raise";
    plan: ProductionPlan;
    context: ProductionContext;
    requester: Person;
    now: Date;
  },
): Promise<ReleaseRequestRow> {
  return insertReleaseRequest(db, {
    appId: input.app.id,
    appName: input.app.name,
    versionId: input.plan.versionId,
    kind: input.kind,
    plan: input.plan,
    note: input.plan.note,
    context: input.context,
    requestedBy: input.requester.id,
    requestedByName: input.requester.name,
    requestedAt: input.now,
    expiresAt: new Date(input.now.getTime() + REQUEST_LIFETIME_MS),
  });
}

/** Why `person` cannot decide the request now, read after the conditional update said no. */
export function refusalFor(
  row: ReleaseRequestRow | undefined,
  person: Person,
  now: Date,
  approving: boolean,
): DecisionRefusal {
  if (!row) return { ok: false, code: "NotFound", message: msg("approvals.refusal.notFound") };
  const status = effectiveStatus(row, now);
  if (status === "expired")
    return {
      ok: false,
      code: "RequestExpired",
      message: msg("approvals.refusal.expired", { expiresAt: row.expiresAt.getTime() }),
    };
  if (status !== "pending") {
    const key = status === "rejected" ? "alreadyRejected" : "alreadyApproved";
    return {
      ok: false,
      code: "AlreadyDecided",
      message: msg(`approvals.refusal.${key}`, {
        name: row.decidedByName ?? msg("approvals.someone"),
      }),
    };
  }
  if (approving && row.requestedBy === person.id)
    return {
      ok: false,
      code: "SelfApproval",
      message: msg("approvals.refusal.self"),
    };
  return {
    ok: false,
    code: "AlreadyDecided",
    message: msg("approvals.refusal.changed"),
  };
}

export type ApproveOutcome =
  { ok: true; request: ReleaseRequestRow; execution: ProductionOutcome } | DecisionRefusal;

/** Claims the request for `approver` and executes it once; anyone else finds it decided. */
export async function approveRequest(
  db: Db,
  input: { id: number; approver: Person; reason: string; now: Date },
  execute: (request: ReleaseRequestRow) => Promise<ProductionOutcome>,
): Promise<ApproveOutcome> {
  const claimed = await claimForExecution(db, {
    id: input.id,
    by: input.approver.id,
    byName: input.approver.name,
    reason: input.reason,
    now: input.now,
  });
  if (!claimed)
    return refusalFor(await readReleaseRequest(db, input.id), input.approver, input.now, true);
  let execution: ProductionOutcome;
  try {
    execution = await execute(claimed);
  } catch (error) {
    // Unknown whether anything reached ESA: the request is closed as unknown, never retried.
    execution = {
      outcome: "unknown",
      code: "UnexpectedError",
      message: msg("approvals.outcome.serverFailed"),
    };
    await finishExecution(db, claimed.id, execution);
    throw error;
  }
  await finishExecution(db, claimed.id, execution);
  return { ok: true, request: { ...claimed, status: "approved", outcome: execution }, execution };
}

export async function rejectRequest(
  db: Db,
  input: { id: number; rejecter: Person; reason: string; now: Date },
): Promise<{ ok: true; request: ReleaseRequestRow } | DecisionRefusal> {
  const rejected = await rejectPending(db, {
    id: input.id,
    by: input.rejecter.id,
    byName: input.rejecter.name,
    reason: input.reason,
    now: input.now,
  });
  if (rejected) return { ok: true, request: rejected };
  return refusalFor(await readReleaseRequest(db, input.id), input.rejecter, input.now, false);
}
