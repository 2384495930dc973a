import type { InteractionRun } from "./interaction";
import type { Report } from "./report";
import { max, percentile, round } from "./stats";

// Report lines of the editor's interaction latency at 4x CPU throttling, per container count, and
// per action kind at the budgeted counts (30, and 50: the most containers a version takes).

const SECTION = "2 interaction @4x CPU";
/** Median of every interaction, by container count. */
const MEDIAN_BUDGET_MS: Record<number, number> = { 30: 40, 50: 50 };
/** Each action kind's median, by container count (50: printed without a budget). */
const KIND_BUDGET_MS: Record<number, number | undefined> = { 30: 100, 50: undefined };

const ms = (n: number) => (n === 0 ? "<16 ms" : `${round(n, 0)} ms`);

/** Interactions without an entry painted within 16 ms: they count as 0 here and print as "<16". */
export function latencies(runs: InteractionRun[]): number[] {
  return runs.flatMap((r) => r.interactions.map((i) => i.latency ?? 0));
}

function overall(report: Report, n: number, mine: InteractionRun[]): void {
  const all = latencies(mine);
  const withEntry = mine.flatMap((r) => r.interactions).filter((i) => i.latency !== null).length;
  const med = percentile(all, 50);
  const value = `median ${ms(med)}, p75 ${ms(percentile(all, 75))}, worst ${ms(max(all))} (${withEntry}/${all.length} interactions >=16 ms; ${mine.reduce((t, r) => t + r.entries, 0)} entries; ${mine.length} runs)`;
  const limit = MEDIAN_BUDGET_MS[n];
  const budget =
    limit === undefined ? undefined : { text: `median <= ${limit} ms`, pass: med <= limit };
  report.add(SECTION, `${n} container${n === 1 ? "" : "s"}`, value, budget);
}

function details(report: Report, n: number, mine: InteractionRun[]): void {
  const phases = mine.flatMap((r) => r.interactions.flatMap((i) => (i.phases ? [i.phases] : [])));
  const phase = (k: number) =>
    `${round(
      percentile(
        phases.map((p) => p[k]!),
        50,
      ),
      0,
    )} ms`;
  report.add(
    SECTION,
    `  ${n}: where the time goes (median)`,
    `input delay ${phase(0)}, handlers ${phase(1)}, render+paint ${phase(2)}`,
  );
  const kinds = [...new Set(mine.flatMap((r) => r.interactions.map((i) => i.kind)))];
  const limit = KIND_BUDGET_MS[n];
  for (const kind of kinds) {
    const values = mine.flatMap((r) =>
      r.interactions.filter((i) => i.kind === kind).map((i) => i.latency ?? 0),
    );
    const med = percentile(values, 50);
    report.add(
      SECTION,
      `  ${n}: ${kind}`,
      `median ${ms(med)}, worst ${ms(max(values))} (${values.length})`,
      limit === undefined ? undefined : { text: `median <= ${limit} ms`, pass: med <= limit },
    );
  }
}

export function interactionRows(report: Report, runs: InteractionRun[]): void {
  const counts = [...new Set(runs.map((r) => r.containers))];
  for (const n of counts)
    overall(
      report,
      n,
      runs.filter((r) => r.containers === n),
    );
  // The per-kind lines at the budgeted counts, or at the largest count measured.
  const detailed = counts.filter((n) => n in KIND_BUDGET_MS);
  for (const n of detailed.length ? detailed : [Math.max(...counts)]) {
    details(
      report,
      n,
      runs.filter((r) => r.containers === n),
    );
  }
}
