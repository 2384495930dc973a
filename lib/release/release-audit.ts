import "server-only";

import type { AppActor } from "@/lib/access/guard-types";
import { appendAudit } from "@/lib/audit/append";
import type { AuditOutcome } from "@/lib/audit/types";
import type { Db } from "@/lib/db/types";

import type { ProductionOutcome } from "./production-outcome";

// One audit row per production release step (request, publish, raise, approval, rejection), named
// by what actually happened: the guard runs these actions with audit "refusals" because whether a
// publish is held for approval is only known inside the handler.

export interface ReleaseAuditEntry {
  action: string;
  target: string;
  outcome: AuditOutcome;
  esaCode?: string | null;
  requestId?: string | null;
  payload?: unknown;
}

export async function auditRelease(
  db: Db,
  actor: AppActor,
  entry: ReleaseAuditEntry,
): Promise<void> {
  try {
    await appendAudit(db, {
      ...entry,
      actor: {
        id: actor.session.userId,
        name: actor.session.name,
        kind: actor.session.signsInWith,
      },
      app: actor.app,
      clientAddress: actor.client.address,
      userAgent: actor.client.userAgent,
    });
  } catch (error) {
    // The answer to the person stands; a lost audit row is reported where operators look.
    console.error(
      `Audit row for ${entry.action} could not be written:`,
      error instanceof Error ? error.name : "unknown",
    );
  }
}

/** The audit fields of what sending a plan came to. */
export function auditOutcomeOf(
  execution: ProductionOutcome,
): Pick<ReleaseAuditEntry, "outcome" | "esaCode" | "requestId"> {
  if (execution.outcome === "ok") return { outcome: "ok", requestId: execution.requestId ?? null };
  return {
    outcome: execution.outcome,
    esaCode: execution.code,
    requestId: execution.requestId ?? null,
  };
}
