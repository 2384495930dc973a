import "server-only";

import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";

import type { AuditRow } from "./audit-store";
import { auditLog } from "./schema";
import type { Db } from "./types";

// SQL of reading the audit log: the filtered, scoped list (newest first), one row, and the
// distinct actions for the filter's suggestions. Which rows a person may see is decided in
// lib/audit; this module only applies the app ids it is given.

export interface AuditRowFilter {
  /** Matches the actor's id exactly or a part of their display name (any case). */
  actor?: string;
  /** Matches the app id exactly or a part of the app name (any case). */
  app?: string;
  /** An exact action, or every action under a prefix ending in "." (`user.`). */
  action?: string;
  outcome?: AuditRow["outcome"];
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  before?: Date;
  /** Only rows about these apps; undefined: every row (administrators). */
  appIds?: readonly string[];
}

/** `%`, `_` and `\` are literal in the text a person typed. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(filter: AuditRowFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.appIds !== undefined) {
    // No visible app: nothing at all, not "no restriction".
    parts.push(filter.appIds.length > 0 ? inArray(auditLog.appId, [...filter.appIds]) : sql`false`);
  }
  if (filter.actor) {
    parts.push(or(eq(auditLog.actorId, filter.actor), ilike(auditLog.actorName, containsPattern(filter.actor))));
  }
  if (filter.app) {
    parts.push(or(eq(auditLog.appId, filter.app), ilike(auditLog.appName, containsPattern(filter.app))));
  }
  if (filter.action) {
    parts.push(
      filter.action.endsWith(".")
        ? sql`starts_with(${auditLog.action}, ${filter.action})`
        : eq(auditLog.action, filter.action),
    );
  }
  if (filter.outcome) parts.push(eq(auditLog.outcome, filter.outcome));
  if (filter.from) parts.push(gte(auditLog.time, filter.from));
  if (filter.before) parts.push(lt(auditLog.time, filter.before));
  const present = parts.filter((part): part is SQL => part !== undefined);
  return present.length > 0 ? and(...present) : undefined;
}

/** One page of matching rows, newest first, and how many match in all. */
export async function queryAuditRows(
  db: Db,
  filter: AuditRowFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = whereOf(filter);
  const [rows, [counted]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).offset(page.offset).limit(page.limit),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: Number(counted?.n ?? 0) };
}

/** Matching rows with id below `beforeId` (all when null), newest first: export batches. */
export function queryAuditRowsBefore(
  db: Db,
  filter: AuditRowFilter,
  beforeId: number | null,
  limit: number,
): Promise<AuditRow[]> {
  const where = whereOf(filter);
  return db
    .select()
    .from(auditLog)
    .where(beforeId === null ? where : and(where, lt(auditLog.id, beforeId)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export async function readAuditRow(db: Db, id: number, appIds?: readonly string[]): Promise<AuditRow | undefined> {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.id, id), whereOf({ appIds })));
  return row;
}

/** The actions recorded among the rows a person may see, for the filter's suggestions. */
export async function listAuditActions(db: Db, appIds?: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(whereOf({ appIds }))
    .orderBy(asc(auditLog.action));
  return rows.map((row) => row.action);
}
