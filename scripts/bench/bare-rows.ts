import type { BareReference } from "./bare-reference";
import type { RouteSize } from "./bundle-size";
import type { Report } from "./report";
import { EDITOR_ROUTE, EMPTY_ROUTE } from "./sections";
import { kib } from "./stats";

// First-load JS of every route this build lists, against a bare Next.js page built in the same run
// (bare-reference.ts). A route meets its budget when both its gzip and its brotli ratio do.

const SECTION = "1b first-load JS vs bare Next.js";
const SHELL_RATIO = 1.05;
const EDITOR_RATIO = 1.25;
const ROUTE_RATIO = 1.3;

const budgetOf = (route: string) =>
  route === EMPTY_ROUTE ? SHELL_RATIO : route === EDITOR_ROUTE ? EDITOR_RATIO : ROUTE_RATIO;

const order = (route: string) => (route === EMPTY_ROUTE ? 0 : route === EDITOR_ROUTE ? 1 : 2);

export function bareRows(report: Report, sizes: RouteSize[], bare: BareReference): void {
  report.add(
    SECTION,
    "bare Next.js page (reference)",
    `${kib(bare.gzip)} gz / ${kib(bare.brotli)} br (${kib(bare.raw)} raw; ${bare.chunks.length} chunks; built in ${Math.round(bare.buildMs / 1000)} s)`,
  );
  const sorted = [...sizes].sort(
    (a, b) => order(a.route) - order(b.route) || a.route.localeCompare(b.route),
  );
  for (const s of sorted) {
    const gz = s.gzip / bare.gzip;
    const br = s.brotli / bare.brotli;
    const limit = budgetOf(s.route);
    const label =
      s.route === EMPTY_ROUTE
        ? `shell ${s.route}`
        : s.route === EDITOR_ROUTE
          ? `editor ${s.route}`
          : s.route;
    report.add(
      SECTION,
      label,
      `${kib(s.gzip)} gz / ${kib(s.brotli)} br = ${gz.toFixed(2)}x / ${br.toFixed(2)}x bare`,
      { text: `<= ${limit.toFixed(2)}x bare`, pass: Math.max(gz, br) <= limit },
    );
  }
}
