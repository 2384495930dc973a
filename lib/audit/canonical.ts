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
  const content = [
    FORMAT,
    row.id,
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
    row.prevHash,
  ];
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}
