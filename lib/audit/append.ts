import "server-only";

import { appendAuditRow, type AuditRow, type NewAuditRow } from "@/lib/db/audit-store";
import type { Db } from "@/lib/db/types";
import { trackAuditWrite } from "@/lib/ops/in-flight";

import { auditHashFrame } from "./canonical";
import { maskPayload } from "./mask-payload";
import type { AuditEntry } from "./types";

const USER_AGENT_MAX = 512;

/** Appends an entry to the tamper-evident log and returns the stored row. */
export function appendAudit(db: Db, entry: AuditEntry, now = new Date()): Promise<AuditRow> {
  const payload = entry.payload === undefined ? null : maskPayload(entry.payload);
  const row: NewAuditRow = {
    time: now,
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    actorKind: entry.actor.kind,
    action: entry.action,
    appId: entry.app?.id ?? null,
    appName: entry.app?.name ?? null,
    target: entry.target ?? null,
    outcome: entry.outcome,
    esaCode: entry.esaCode ?? null,
    requestId: entry.requestId ?? null,
    clientAddress: entry.clientAddress ?? null,
    userAgent: entry.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
    payload,
  };
  // Tracked: a SIGTERM lets the rows being written finish before the database closes.
  return trackAuditWrite(appendAuditRow(db, row, auditHashFrame(row)));
}
