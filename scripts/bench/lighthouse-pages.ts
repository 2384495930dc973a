import { lighthouseMedian, type LighthouseSummary } from "./lighthouse";
import type { Report } from "./report";
import { EDITOR_ROUTE, EMPTY_ROUTE, lighthouseRows } from "./sections";

// Lighthouse (mobile, median of 3) on every page a person works in, signed in as the benchmark's
// administrator; the sign-in page signed out. The empty page is the floor: the same layout,
// framework and providers with no page content, printed without a budget.

type Page = { label: string; path: string; budgeted: boolean; signedIn: boolean };

export function lighthousePageList(appId: string, versionId: string | undefined): Page[] {
  const page = (label: string, path: string, budgeted = true, signedIn = true): Page => ({
    label,
    path,
    budgeted,
    signedIn,
  });
  return [
    page("empty", EMPTY_ROUTE, false),
    page("list", "/apps"),
    page("app", `/apps/${appId}`),
    ...(versionId ? [page("version", `/apps/${appId}/versions/${versionId}`)] : []),
    page("audit", "/audit"),
    page("release", `/apps/${appId}/release`),
    page("templates", "/templates"),
    page("admin", "/admin"),
    page("sign-in", "/sign-in", true, false),
    page("editor", EDITOR_ROUTE.replace("[appId]", appId)),
  ];
}

export async function lighthousePages(
  report: Report,
  base: string,
  pages: Page[],
  cookieHeader: string,
  log: (message: string) => void,
  runs = 3,
): Promise<Record<string, LighthouseSummary | { error: string }>> {
  const results: Record<string, LighthouseSummary | { error: string }> = {};
  for (const p of pages) {
    const url = `${base}${p.path}`;
    const label = `${p.label} ${p.path}${p.signedIn ? "" : " (signed out)"}`;
    log(`Lighthouse x${runs}: ${url}${p.signedIn ? "" : " (signed out)"}`);
    try {
      const summary = await lighthouseMedian(url, p.signedIn ? cookieHeader : "", runs);
      results[p.label] = summary;
      lighthouseRows(report, label, summary, p.budgeted);
    } catch (error) {
      // One page that cannot be measured must not lose the others' figures.
      const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      results[p.label] = { error: message };
      report.add("5 Lighthouse mobile", label, `not measured: ${message}`, {
        text: ">= 95, a11y 100",
        pass: false,
      });
    }
  }
  return results;
}
