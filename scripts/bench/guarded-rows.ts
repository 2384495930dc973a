import type { Report } from "./report";
import type { Comparison } from "./server-path";
import { median, percentile, round } from "./stats";

// Report lines of the server path WITH sign-in, role check and audit write (guarded-path.ts)
// against the official SDK alone, on PGlite and on PostgreSQL, 30 containers, to the sandbox.

export type GuardedResult = {
  includes: string;
  pglite: Comparison;
  /** null when PostgreSQL was not available to the run. */
  postgres: Comparison | null;
};

const SECTION = "4b server path + sign-in, role, audit (30 containers -> sandbox)";
const RATIO_BUDGET = 1.1;

export function guardedRows(report: Report, r: GuardedResult | undefined): void {
  if (!r) {
    report.add(SECTION, "not measured", "the server-path child wrote no guarded result");
    return;
  }
  report.add(SECTION, "ours includes", r.includes);
  report.add(
    SECTION,
    "SDK includes",
    "versionFormSchema.safeParse + the SDK's signing and request",
  );
  for (const [label, pair] of [
    ["PGlite (on disk)", r.pglite],
    ["PostgreSQL", r.postgres],
  ] as const) {
    if (!pair) {
      report.add(SECTION, `${label}`, "not measured (no PostgreSQL server)", {
        text: `ours/SDK <= ${RATIO_BUDGET.toFixed(2)}`,
        pass: false,
      });
      continue;
    }
    const side = (s: Comparison["ours"]) =>
      `median ${round(s.medianUs / 1000, 2)} ms, ${Math.round(s.opsPerSec)} ops/s (${s.calls} calls)`;
    report.add(SECTION, `ours (guarded) on ${label}`, side(pair.ours));
    report.add(SECTION, `SDK alone, same rounds`, side(pair.sdk));
    const p = pair.phasesMs;
    if (p) {
      const f = (part: string) => `${round(p[part] ?? Number.NaN, 2)}`;
      report.add(
        SECTION,
        `  ours on ${label}: where the time goes (median ms)`,
        `session + grants read ${f("session")}, app name ${f("appName")}, submitVersion (claim, validation, signing, request) ${f("submit")}, rest (audit row, library) ${f("rest")}`,
      );
    }
    const ratios = pair.roundRatios;
    const ratio = median(ratios);
    report.add(
      SECTION,
      `  ours/SDK on ${label}`,
      `${ratio.toFixed(2)} (median of ${ratios.length} paired rounds; quartiles ${percentile(ratios, 25).toFixed(2)}-${percentile(ratios, 75).toFixed(2)})`,
      { text: `ours/SDK <= ${RATIO_BUDGET.toFixed(2)}`, pass: ratio <= RATIO_BUDGET },
    );
  }
}
