import { writeFileSync } from "node:fs";
import type { Report } from "./report";
import { median, percentile, round } from "./stats";

// The figures of concurrent-creates.ts, and their report lines.

export type CreateSample = {
  name: string;
  instance: string;
  ms: number;
  ok: boolean;
  versionId?: string;
  code?: string;
};

export type ConcurrentResult = {
  singles: { count: number; medianMs: number; failed: number };
  concurrent: {
    count: number;
    twins: number;
    p50Ms: number;
    p95Ms: number;
    maxMs: number;
    failed: string[];
  };
  /** Creates the sandbox received for the concurrent names, distinct names among them. */
  received: number;
  distinctReceived: number;
  distinctSent: number;
  /** Twin names whose two answers did not name the same version. */
  twinMismatches: number;
};

export function writeConcurrentResult(
  out: string,
  raw: { singles: CreateSample[]; concurrent: CreateSample[]; received: string[] },
): void {
  const ms = raw.concurrent.map((s) => s.ms);
  const byName = new Map<string, CreateSample[]>();
  for (const s of raw.concurrent) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const twins = [...byName.values()].filter((list) => list.length > 1);
  const result: ConcurrentResult = {
    singles: {
      count: raw.singles.length,
      medianMs: median(raw.singles.map((s) => s.ms)),
      failed: raw.singles.filter((s) => !s.ok).length,
    },
    concurrent: {
      count: raw.concurrent.length,
      twins: twins.length,
      p50Ms: percentile(ms, 50),
      p95Ms: percentile(ms, 95),
      maxMs: Math.max(...ms),
      failed: raw.concurrent.filter((s) => !s.ok).map((s) => `${s.name}@${s.instance}: ${s.code}`),
    },
    received: raw.received.length,
    distinctReceived: new Set(raw.received).size,
    distinctSent: byName.size,
    twinMismatches: twins.filter(
      (list) => new Set(list.map((s) => s.versionId)).size !== 1 || !list[0]?.versionId,
    ).length,
  };
  writeFileSync(out, JSON.stringify(result, null, 2));
}

const SECTION = "6 concurrent creates, 2 instances, PostgreSQL";

export function concurrentRows(report: Report, r: ConcurrentResult | null, why?: string): void {
  if (!r) {
    report.add(SECTION, "not measured", why ?? "no result", { text: "runs", pass: false });
    return;
  }
  const c = r.concurrent;
  report.add(
    SECTION,
    "single create, one after another",
    `median ${round(r.singles.medianMs, 0)} ms (${r.singles.count} creates, alternating instances; ${r.singles.failed} failed)`,
  );
  report.add(
    SECTION,
    `${c.count} creates at once`,
    `p50 ${round(c.p50Ms, 0)} ms, p95 ${round(c.p95Ms, 0)} ms, worst ${round(c.maxMs, 0)} ms (${c.twins} versions sent to both instances at once, ${c.count - 2 * c.twins} once; ${c.failed.length} failed${c.failed.length ? `: ${c.failed.slice(0, 3).join("; ")}` : ""})`,
  );
  const ratio = c.p95Ms / r.singles.medianMs;
  report.add(SECTION, "  p95 / single create", `${ratio.toFixed(2)}x`, {
    text: "<= 2.00x",
    pass: ratio <= 2 && c.failed.length === 0,
  });
  const duplicates = r.received - r.distinctReceived;
  report.add(
    SECTION,
    "  duplicate creates at the sandbox",
    `${duplicates} (${r.received} CreateEdgeContainerAppVersion received for ${r.distinctReceived} names; ${r.distinctSent} distinct names sent; twins answered with different versions: ${r.twinMismatches})`,
    { text: "= 0", pass: duplicates === 0 && r.twinMismatches === 0 },
  );
}
