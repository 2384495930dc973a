import "server-only";

import { stringify } from "csv-stringify/sync";

import type { AuditRow } from "@/lib/db/audit-store";

// The audit log's exports. Both carry every recorded field (the payload as stored, secrets already
// masked) plus the hash, so an exported entry can be checked against the chain later. CSV is
// written by csv-stringify: RFC 4180 quoting, and `escape_formulas` prefixes a cell that starts
// with = + - @ (or a tab, CR or their full-width forms) with ', so a spreadsheet shows the text
// instead of running it (OWASP "CSV injection").

export interface AuditExportRecord {
  id: number;
  time: string;
  actorId: string | null;
  actorName: string | null;
  actorKind: string;
  action: string;
  appId: string | null;
  appName: string | null;
  target: string | null;
  outcome: string;
  esaCode: string | null;
  requestId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  payload: unknown;
  hash: string;
}

export function toExportRecord(row: AuditRow): AuditExportRecord {
  return {
    id: row.id,
    time: row.time.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    actorKind: row.actorKind,
    action: row.action,
    appId: row.appId,
    appName: row.appName,
    target: row.target,
    outcome: row.outcome,
    esaCode: row.esaCode,
    requestId: row.requestId,
    clientAddress: row.clientAddress,
    userAgent: row.userAgent,
    payload: row.payload ?? null,
    hash: row.hash,
  };
}

export const CSV_COLUMNS = [
  "id",
  "time",
  "actorId",
  "actorName",
  "actorKind",
  "action",
  "appId",
  "appName",
  "target",
  "outcome",
  "esaCode",
  "requestId",
  "clientAddress",
  "userAgent",
  "payload",
  "hash",
] as const satisfies readonly (keyof AuditExportRecord)[];

/** CSV lines for a batch of rows; the header line only with `header`. Ends with a line break. */
export function auditRowsToCsv(rows: readonly AuditRow[], header: boolean): string {
  const records = rows.map((row) => {
    const record = toExportRecord(row);
    return CSV_COLUMNS.map((column) => {
      const value = record[column];
      if (column === "payload") return value === null ? "" : JSON.stringify(value);
      return value === null ? "" : String(value);
    });
  });
  return stringify(records, {
    header,
    columns: [...CSV_COLUMNS],
    escape_formulas: true,
    record_delimiter: "\r\n",
  });
}

/**
 * A streamed body from batches: `csv` writes the header once; `json` writes one array of records.
 */
export function auditExportStream(
  batches: AsyncIterable<AuditRow[]>,
  format: "csv" | "json",
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        if (format === "csv" && !started) controller.enqueue(encoder.encode(auditRowsToCsv([], true)));
        if (format === "json") controller.enqueue(encoder.encode(started ? "\n]\n" : "[]\n"));
        controller.close();
        return;
      }
      const rows = next.value;
      if (format === "csv") {
        controller.enqueue(encoder.encode(auditRowsToCsv(rows, !started)));
      } else {
        const parts = rows.map((row) => {
          const text = `${first ? "[\n" : ",\n"}${JSON.stringify(toExportRecord(row))}`;
          first = false;
          return text;
        });
        controller.enqueue(encoder.encode(parts.join("")));
      }
      started = true;
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
