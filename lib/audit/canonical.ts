import "server-only";

import { createHash } from "node:crypto";

import type { AuditRow } from "@/lib/db/audit-store";

/** JSON with object keys sorted at every depth: jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

const FORMAT = "audit-v1";

/**
 * The hash of a row: sha256 over a fixed-order serialisation of everything it records, its id
 * and the previous row's hash. Changing any field, reordering or removing rows breaks the chain.
 */
export function auditRowHash(row: Omit<AuditRow, "hash">): string {
  return createHash("sha256")
    .update(JSON.stringify(hashContent(row)))
    .digest("hex");
}

function hashContent(row: Omit<AuditRow, "hash">): unknown[] {
  return [FORMAT, row.id, ...recordedFields(row), row.prevHash];
}

function recordedFields(row: Omit<AuditRow, "id" | "prevHash" | "hash">): unknown[] {
  return [
    row.time.toISOString(),
    row.actorId,
    row.actorName,
    row.actorKind,
    row.action,
    row.appId,
    row.appName,
    row.target,
    row.outcome,
    row.esaCode,
    row.requestId,
    row.clientAddress,
    row.userAgent,
    row.payload === null || row.payload === undefined ? null : sortKeys(row.payload),
  ];
}

/**
 * auditRowHash's serialisation around the two values only the chain head knows, for an append
 * that takes the head and writes the row in one statement (lib/db appendAuditRow): the hashed
 * text is `before + id + middle + JSON(prevHash) + "]"`, byte for byte what auditRowHash hashes
 * (a JSON array's members joined by commas; an integer id prints the same in SQL and JSON; the
 * previous hash is lowercase hex, which PostgreSQL's to_json quotes exactly as JSON.stringify).
 */
export function auditHashFrame(row: Omit<AuditRow, "id" | "prevHash" | "hash">): {
  before: string;
  middle: string;
} {
  const fields = JSON.stringify(recordedFields(row));
  return { before: `[${JSON.stringify(FORMAT)},`, middle: `,${fields.slice(1, -1)},` };
}
