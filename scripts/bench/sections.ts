import type { RouteSize } from "./bundle-size";
import { extraChunks } from "./bundle-size";
import type { InteractionRun } from "./interaction";
import type { LighthouseSummary } from "./lighthouse";
import type { PreviewNodeResult } from "./preview-node";
import type { Report } from "./report";
import type { GuardedResult } from "./guarded-rows";
import type { Comparison } from "./server-path";
import { kib, max, median, percentile, round } from "./stats";
export { interactionRows, latencies } from "./interaction-rows";

// Turns each section's raw results into report lines and their budgets.

export const EMPTY_ROUTE = "/bench-empty";
export const EDITOR_ROUTE = "/apps/[appId]/versions/new";
/** The editor's first-load JS before languages (issue 21), measured by measureFirstLoad on a
 * production build of 9a30ef9 (compile hints applied): 232,108 B gzip, 202,481 B brotli. */
const EDITOR_BEFORE_LANGUAGES = { commit: "9a30ef9", gzip: 232_108, brotli: 202_481 };
const LANGUAGES_GROWTH_BUDGET = 3 * 1024;

export function bundleRows(report: Report, sizes: RouteSize[]): void {
  const empty = sizes.find((s) => s.route === EMPTY_ROUTE);
  if (!empty)
    throw new Error(`the build has no ${EMPTY_ROUTE} route (app/(benchmark)/bench-empty/page.tsx)`);
  for (const s of sizes) {
    const ratio = { gzip: s.gzip / empty.gzip, brotli: s.brotli / empty.brotli };
    const value = `${kib(s.gzip)} gz / ${kib(s.brotli)} br (${kib(s.raw)} raw) = ${ratio.gzip.toFixed(2)}x / ${ratio.brotli.toFixed(2)}x empty`;
    // Reported without a budget since issue 23: the budgets are against a bare Next.js page (1b,
    // bare-rows.ts); the empty page itself is now the shell, judged there. (It was: editor <= 1.2x.)
    report.add("1 first-load JS", s.route, value);
  }
  const editor = sizes.find((s) => s.route === EDITOR_ROUTE);
  if (editor) {
    const growth = editor.gzip - EDITOR_BEFORE_LANGUAGES.gzip;
    report.add(
      "1 first-load JS",
      `editor vs before languages (${EDITOR_BEFORE_LANGUAGES.commit})`,
      `${growth >= 0 ? "+" : ""}${kib(growth)} gz (${kib(EDITOR_BEFORE_LANGUAGES.gzip)} then; brotli ${kib(editor.brotli - EDITOR_BEFORE_LANGUAGES.brotli)})`,
      { text: `<= +${kib(LANGUAGES_GROWTH_BUDGET)} gz`, pass: growth <= LANGUAGES_GROWTH_BUDGET },
    );
  }
  for (const c of editor ? extraChunks(editor, empty).slice(0, 3) : []) {
    report.add(
      "1 first-load JS",
      `  editor-only chunk ${c.path.split("/").pop()}`,
      `${kib(c.gzip)} gz (${kib(c.raw)} raw)`,
    );
  }
}

export function previewRows(report: Report, node: PreviewNodeResult, runs: InteractionRun[]): void {
  const line = (r: PreviewNodeResult["params"]) =>
    `${round(r.usPerCall, 0)} µs/call, ${Math.round(r.opsPerSec)} ops/s`;
  report.add("3 preview, 30 containers", "node: buildCreateVersionParams", line(node.params));
  report.add(
    "3 preview, 30 containers",
    "node: params + readable JSON, both stringified",
    line(node.paramsAndJson),
  );
  const section = "3 preview, 30 containers";
  report.add(section, "node: preview panel update (tab on screen)", line(node.panel));
  report.add(section, "node: all 4 views x real+masked (old panel)", line(node.allViews));
  const samples = runs.flatMap((r) => r.preview);
  const measured = samples.flatMap((s) => ("coalesced" in s ? [] : [s]));
  if (samples.length === 0) return;
  const toDom = measured.map((s) => s.toDom);
  const toFrame = measured.map((s) => s.toFrame);
  report.add(
    "3 preview, 30 containers",
    "browser @4x: keystroke -> preview text in DOM",
    `median ${round(percentile(toDom, 50), 0)} ms, worst ${round(max(toDom), 0)} ms`,
  );
  report.add(
    "3 preview, 30 containers",
    "browser @4x: keystroke -> next frame after it",
    `median ${round(percentile(toFrame, 50), 0)} ms, worst ${round(max(toFrame), 0)} ms (${measured.length}/${samples.length} keys, rest coalesced)`,
  );
}

export type ServerPathResult = {
  cpu: { validateUs: number; buildUs: number };
  vsCapture: Comparison;
  vsSandbox: Comparison;
  /** With sign-in, role check and audit row (guarded-path.ts); absent from older results. */
  guarded?: GuardedResult;
};

export function serverPathRows(report: Report, r: ServerPathResult): void {
  const section = "4 server path, 30 containers";
  report.add(section, "versionFormSchema.safeParse", `${round(r.cpu.validateUs, 0)} µs/call`);
  report.add(section, "buildCreateVersionParams", `${round(r.cpu.buildUs, 0)} µs/call`);
  for (const [label, pair] of [
    ["capture server", r.vsCapture],
    ["sandbox (verifies signature)", r.vsSandbox],
  ] as const) {
    const side = (s: Comparison["ours"]) =>
      `median ${round(s.medianUs / 1000, 2)} ms, ${Math.round(s.opsPerSec)} ops/s (${s.calls} calls)`;
    report.add(section, `ours  -> ${label}`, side(pair.ours));
    report.add(section, `SDK   -> ${label}`, side(pair.sdk));
    // The median of per-round ratios: each round times both sides back to back. No budget since
    // issue 23: the path judged is the product's, with sign-in, role check and audit (4b,
    // guarded-rows.ts, <= 1.10x the SDK). (It was: ours/SDK <= 1.00 for this bare path.)
    const ratios = pair.roundRatios;
    const ratio = median(ratios);
    const faster = ratios.filter((x) => x < 1).length;
    report.add(
      section,
      `  ours/SDK -> ${label}`,
      `${ratio.toFixed(2)} (median of ${ratios.length} paired rounds; quartiles ${percentile(ratios, 25).toFixed(2)}-${percentile(ratios, 75).toFixed(2)}; ours faster in ${faster})`,
    );
  }
}

/** The simulated metrics behind a performance score, median of the runs: which one costs points. */
function lighthouseMetrics(s: LighthouseSummary): string {
  const m = (id: string) => median(s.runs.map((r) => r.metrics[id] ?? 0));
  const ms = (id: string) => `${Math.round(m(id))} ms`;
  return `FCP ${ms("first-contentful-paint")}, LCP ${ms("largest-contentful-paint")}, TBT ${ms("total-blocking-time")}, SI ${ms("speed-index")}, CLS ${m("cumulative-layout-shift").toFixed(2)}`;
}

/** `budgeted` false: a reference page (the empty page), printed without a budget. */
export function lighthouseRows(
  report: Report,
  label: string,
  s: LighthouseSummary,
  budgeted = true,
): void {
  const runs = (k: "performance" | "accessibility") => s.runs.map((r) => r[k]).join(", ");
  report.add(
    "5 Lighthouse mobile",
    `${label} performance`,
    `${s.performance} (runs ${runs("performance")})`,
    budgeted ? { text: ">= 95", pass: s.performance >= 95 } : undefined,
  );
  report.add("5 Lighthouse mobile", `  ${label}: metrics (median)`, lighthouseMetrics(s));
  const painted = s.runs.map((r) =>
    r.observedFcp === undefined ? "?" : `${Math.round(r.observedFcp)}`,
  );
  report.add(
    "5 Lighthouse mobile",
    `  ${label}: observed first paint per run`,
    `${painted.join(", ")} ms`,
  );
  if (!budgeted) return;
  const failed = [...new Set(s.runs.flatMap((r) => r.failedAccessibility))];
  const detail = failed.length ? `; failing: ${failed.join(", ")}` : "";
  report.add(
    "5 Lighthouse mobile",
    `${label} accessibility`,
    `${s.accessibility} (runs ${runs("accessibility")})${detail}`,
    { text: "= 100", pass: s.accessibility >= 100 },
  );
}
