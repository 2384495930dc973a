import "server-only";

import type { PersonAccess } from "@/lib/access/person-access";
import { APP_ACTIONS } from "@/lib/access/policy";
import { roleNeededMessage } from "@/lib/access/refusal-messages";
import { roleAllows } from "@/lib/access/roles";
import { appendAudit } from "@/lib/audit/append";
import {
  expireOverdue,
  listOpenRequests,
  listReleaseRequests,
  type ReleaseRequestRow,
} from "@/lib/db/release-request-store";
import type { Db } from "@/lib/db/types";
import { msg } from "@/lib/i18n/message-ref";

import type { ApprovalView } from "./approval-view";
import { effectiveStatus } from "./four-eyes";
import type { ProductionContext } from "./production-context-types";
import type { ProductionOutcome } from "./production-outcome";
import type { ProductionPlan } from "./production-plan";

// /approvals: the requests on apps the person may view, pending first, then the decided and
// expired ones. Reading sweeps requests past their 24 hours to `expired`, each with an audit row.

const SELF = msg("approvals.refusal.self");

async function sweep(db: Db, now: Date): Promise<void> {
  for (const row of await expireOverdue(db, now)) {
    await appendAudit(db, {
      actor: { id: null, name: "system", kind: "system" },
      action: "release.request-expire",
      app: { id: row.appId, name: row.appName },
      target: row.versionId,
      outcome: "ok",
      payload: {
        approvalRequest: row.id,
        requester: { id: row.requestedBy, name: row.requestedByName },
      },
    });
  }
}

function viewOf(row: ReleaseRequestRow, access: PersonAccess, now: Date): ApprovalView {
  const status = effectiveStatus(row, now);
  const role = access.roleOn({ id: row.appId, name: row.appName });
  const view: ApprovalView = {
    id: row.id,
    appId: row.appId,
    appName: row.appName,
    versionId: row.versionId,
    kind: row.kind,
    plan: row.plan as ProductionPlan,
    note: row.note,
    context: (row.context as ProductionContext | null) ?? null,
    status,
    requestedByName: row.requestedByName,
    requestedAt: row.requestedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    reason: row.reason,
    outcome: (row.outcome as ProductionOutcome | null) ?? null,
  };
  if (status !== "pending") return view;
  if (!roleAllows(role, "releaser")) {
    const { needs, purpose } = APP_ACTIONS["release.approve"];
    const message = roleNeededMessage(row.appName, role, needs, purpose);
    return { ...view, approveRefusal: message, rejectRefusal: message };
  }
  return row.requestedBy === access.person.userId ? { ...view, approveRefusal: SELF } : view;
}

export async function loadApprovals(
  db: Db,
  access: PersonAccess,
  now: Date = new Date(),
): Promise<{ pending: ApprovalView[]; history: ApprovalView[] }> {
  await sweep(db, now);
  const rows = await listReleaseRequests(db, [
    "pending",
    "executing",
    "approved",
    "rejected",
    "expired",
  ]);
  const visible = rows
    .filter((row) => access.roleOn({ id: row.appId, name: row.appName }) !== null)
    .map((row) => viewOf(row, access, now));
  return {
    pending: visible.filter((v) => v.status === "pending"),
    history: visible.filter((v) => v.status !== "pending"),
  };
}

/** For the header's link: pending requests on apps the person may view. */
export async function openRequestCount(
  db: Db,
  access: PersonAccess,
  now: Date = new Date(),
): Promise<number> {
  const rows = await listOpenRequests(db, now);
  return rows.filter((row) => access.roleOn({ id: row.appId, name: row.appName }) !== null).length;
}
