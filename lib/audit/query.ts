import "server-only";

import type { AppRef } from "@/lib/access/app-pattern";
import type { PersonAccess } from "@/lib/access/person-access";
import {
  listAuditActions,
  queryAuditRows,
  queryAuditRowsBefore,
  readAuditRow,
  type AuditRowFilter,
} from "@/lib/db/audit-query-store";
import type { AuditRow } from "@/lib/db/audit-store";
import type { Db } from "@/lib/db/types";

import type { ParsedAuditFilter } from "./filter-state";

// Who sees which audit entries: administrators every entry; everyone else the entries about apps
// they may view right now (their role on the app, read fresh), and no entry without an app.

export type AuditScope = { kind: "all" } | { kind: "apps"; appIds: string[] };

export async function auditScopeFor(
  access: Pick<PersonAccess, "person" | "roleOn">,
  listApps: () => Promise<AppRef[]>,
): Promise<AuditScope> {
  if (access.person.isAdmin) return { kind: "all" };
  const apps = await listApps();
  return { kind: "apps", appIds: apps.filter((app) => access.roleOn(app) !== null).map((app) => app.id) };
}

const appIdsOf = (scope: AuditScope) => (scope.kind === "all" ? undefined : scope.appIds);

export function rowFilterOf(scope: AuditScope, parsed: ParsedAuditFilter): AuditRowFilter {
  const { state, errors } = parsed;
  return {
    appIds: appIdsOf(scope),
    actor: errors.actor ? undefined : state.actor || undefined,
    app: errors.app ? undefined : state.app || undefined,
    action: errors.action ? undefined : state.action || undefined,
    outcome: state.outcome || undefined,
    from: parsed.fromDate,
    before: parsed.beforeDate,
  };
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  page: number;
  size: number;
}

export async function findAuditEntries(db: Db, scope: AuditScope, parsed: ParsedAuditFilter): Promise<AuditPage> {
  const { page, size } = parsed.state;
  const { rows, total } = await queryAuditRows(db, rowFilterOf(scope, parsed), {
    offset: (page - 1) * size,
    limit: size,
  });
  return { rows, total, page, size };
}

/** One entry, or undefined when it does not exist or the person may not see it. */
export function findAuditEntry(db: Db, scope: AuditScope, id: number): Promise<AuditRow | undefined> {
  return readAuditRow(db, id, appIdsOf(scope));
}

export function auditActionsIn(db: Db, scope: AuditScope): Promise<string[]> {
  return listAuditActions(db, appIdsOf(scope));
}

const EXPORT_BATCH = 1000;

/** Every matching entry, newest first, in batches: what an export writes. */
export async function* auditEntriesForExport(
  db: Db,
  scope: AuditScope,
  parsed: ParsedAuditFilter,
): AsyncGenerator<AuditRow[]> {
  const filter = rowFilterOf(scope, parsed);
  let beforeId: number | null = null;
  for (;;) {
    const batch = await queryAuditRowsBefore(db, filter, beforeId, EXPORT_BATCH);
    if (batch.length > 0) yield batch;
    const last = batch.at(-1);
    if (batch.length < EXPORT_BATCH || !last) return;
    beforeId = last.id;
  }
}
