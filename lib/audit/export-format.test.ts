import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import type { AuditRow } from "@/lib/db/audit-store";

import { auditExportStream, auditRowsToCsv, CSV_COLUMNS } from "./export-format";

const row = (id: number, extra: Partial<AuditRow> = {}): AuditRow => ({
  id,
  time: new Date("2026-12-02T10:00:00Z"),
  actorId: "u-ada",
  actorName: "Ada",
  actorKind: "local",
  action: "version.create",
  appId: "app-1",
  appName: "shop-eu",
  target: "v1",
  outcome: "ok",
  esaCode: null,
  requestId: "REQ-1",
  clientAddress: "203.0.113.7",
  userAgent: "Chromium",
  payload: { name: "v1", remarks: 'say "hi", then\nleave' },
  prevHash: "0".repeat(64),
  hash: "a".repeat(64),
  ...extra,
});

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

async function* batches(...lists: AuditRow[][]) {
  for (const list of lists) yield list;
}

describe("audit exports", () => {
  it("writes CSV with a header, quoting commas, quotes and line breaks, and the payload as JSON", () => {
    const csv = auditRowsToCsv([row(1, { target: "a,b" })], true);
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([...CSV_COLUMNS]);
    expect(records[0]).toMatchObject({ id: "1", time: "2026-12-02T10:00:00.000Z", target: "a,b", esaCode: "" });
    expect(JSON.parse(records[0]!.payload!)).toEqual({ name: "v1", remarks: 'say "hi", then\nleave' });
  });

  it("keeps a spreadsheet from running a cell as a formula", () => {
    const csv = auditRowsToCsv(
      [row(1, { target: "=HYPERLINK(\"http://x\")", actorName: "+cmd", userAgent: "@SUM(1)", esaCode: "-2+3" })],
      false,
    );
    const [cells] = parse(csv) as string[][];
    expect(cells![CSV_COLUMNS.indexOf("target")]).toBe("'=HYPERLINK(\"http://x\")");
    expect(cells![CSV_COLUMNS.indexOf("actorName")]).toBe("'+cmd");
    expect(cells![CSV_COLUMNS.indexOf("userAgent")]).toBe("'@SUM(1)");
    expect(cells![CSV_COLUMNS.indexOf("esaCode")]).toBe("'-2+3");
  });

  it("streams every batch into one CSV with one header, and one JSON array", async () => {
    const csv = await text(auditExportStream(batches([row(3), row(2)], [row(1)]), "csv"));
    expect(csv.match(/^id,time,/gm)).toHaveLength(1);
    expect((parse(csv, { columns: true }) as { id: string }[]).map((r) => r.id)).toEqual(["3", "2", "1"]);
    const json = JSON.parse(await text(auditExportStream(batches([row(3), row(2)], [row(1)]), "json"))) as {
      id: number;
      payload: unknown;
      hash: string;
    }[];
    expect(json.map((r) => r.id)).toEqual([3, 2, 1]);
    expect(json[0]).toMatchObject({ payload: { name: "v1" }, hash: "a".repeat(64) });
  });

  it("writes a header-only CSV and an empty JSON array when nothing matches", async () => {
    expect(await text(auditExportStream(batches(), "csv"))).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
    expect(JSON.parse(await text(auditExportStream(batches(), "json")))).toEqual([]);
  });
});
