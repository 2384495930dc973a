import "server-only";

import { z } from "zod";

import type { AppActor } from "@/lib/access/guard-types";
import { readReleaseRequest, type ReleaseRequestRow } from "@/lib/db/release-request-store";
import type { Db } from "@/lib/db/types";
import { actionFailure } from "@/lib/submit/results";
import { msg } from "@/lib/i18n/message-ref";

import { approveRequest, rejectRequest, type DecisionRefusal } from "./four-eyes";
import { productionPlanSchema } from "./production-plan";
import { auditOutcomeOf, auditRelease } from "./release-audit";
import { resultOfExecution, type DecisionResult } from "./release-results";
import type { ReleaseDeps } from "./production-release";
import { validationFailure } from "./validation-failure";

// Approve or reject a four-eyes request, for an actor the guard found to be a releaser on the
// request's app. An approval executes the plan as the approver's action; its audit row names the
// approver (actor) and the requester (payload), the outcome and ESA's RequestId.

export const REASON_MAX = 500;
const TOO_LONG = msg("approvals.input.tooLong", { max: REASON_MAX });

const approveInputSchema = z.object({
  requestId: z
    .number({ error: msg("approvals.input.chooseRequest") })
    .int()
    .positive({ error: msg("approvals.input.chooseRequest") }),
  reason: z
    .string({ error: msg("approvals.input.reasonText") })
    .trim()
    .max(REASON_MAX, { error: TOO_LONG }),
});
const rejectInputSchema = approveInputSchema.extend({
  reason: z
    .string({ error: msg("approvals.input.reasonRequired") })
    .trim()
    .min(1, { error: msg("approvals.input.reasonRequired") })
    .max(REASON_MAX, { error: TOO_LONG }),
});

const personOf = (actor: AppActor) => ({ id: actor.session.userId, name: actor.session.name });

function payloadOf(row: ReleaseRequestRow, reason: string) {
  return {
    approvalRequest: row.id,
    kind: row.kind,
    requester: { id: row.requestedBy, name: row.requestedByName },
    plan: row.plan,
    reason,
  };
}

/** The request, when it belongs to the app the guard checked the actor's role on. */
async function requestOnApp(
  db: Db,
  actor: AppActor,
  id: number,
): Promise<ReleaseRequestRow | undefined> {
  const row = await readReleaseRequest(db, id);
  return row && row.appId === actor.app.id ? row : undefined;
}

async function refused(
  db: Db,
  actor: AppActor,
  action: string,
  row: ReleaseRequestRow | undefined,
  refusal: DecisionRefusal,
  reason: string,
) {
  await auditRelease(db, actor, {
    action,
    target: row?.versionId ?? "",
    outcome: "refused",
    esaCode: refusal.code,
    payload: row ? payloadOf(row, reason) : undefined,
  });
  return actionFailure(refusal.code, refusal.message);
}

const NOT_FOUND: DecisionRefusal = {
  ok: false,
  code: "NotFound",
  message: msg("approvals.refusal.notFoundOnApp"),
};

export async function approveProduction(
  db: Db,
  actor: AppActor,
  input: unknown,
  deps: ReleaseDeps,
): Promise<DecisionResult> {
  const parsed = approveInputSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { requestId, reason } = parsed.data;
  const row = await requestOnApp(db, actor, requestId);
  if (!row) return refused(db, actor, "release.approve", undefined, NOT_FOUND, reason);
  const now = deps.now();
  const outcome = await approveRequest(
    db,
    { id: row.id, approver: personOf(actor), reason, now },
    (claimed) =>
      deps.execute(claimed.appId, productionPlanSchema.parse(claimed.plan), now.getTime()),
  );
  if (!outcome.ok) return refused(db, actor, "release.approve", row, outcome, reason);
  await auditRelease(db, actor, {
    action: "release.approve",
    target: row.versionId,
    ...auditOutcomeOf(outcome.execution),
    payload: payloadOf(row, reason),
  });
  const result = resultOfExecution(outcome.execution);
  if (!result.ok)
    return {
      ...result,
      message: msg("approvals.outcome.approvedNotSent", { outcome: result.message }),
    };
  return {
    ok: true,
    status: "approved",
    requestId: result.requestId,
    message: msg("approvals.outcome.approved", { outcome: result.message }),
  };
}

export async function rejectProduction(
  db: Db,
  actor: AppActor,
  input: unknown,
  deps: Pick<ReleaseDeps, "now">,
): Promise<DecisionResult> {
  const parsed = rejectInputSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { requestId, reason } = parsed.data;
  const row = await requestOnApp(db, actor, requestId);
  if (!row) return refused(db, actor, "release.reject", undefined, NOT_FOUND, reason);
  const outcome = await rejectRequest(db, {
    id: row.id,
    rejecter: personOf(actor),
    reason,
    now: deps.now(),
  });
  if (!outcome.ok) return refused(db, actor, "release.reject", row, outcome, reason);
  await auditRelease(db, actor, {
    action: "release.reject",
    target: row.versionId,
    outcome: "ok",
    payload: payloadOf(row, reason),
  });
  return { ok: true, status: "rejected", message: msg("approvals.outcome.rejected", { id: row.id }) };
}
