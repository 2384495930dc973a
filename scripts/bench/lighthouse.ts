import { resolveChromium } from "../../e2e/support/chromium";
import { CHROMIUM_FLAGS } from "./browser";
import { onCleanup } from "./proc";
import { median } from "./stats";

// Lighthouse 12.2.3 (pinned in package.json) with its default configuration: mobile form factor,
// simulated throttling (slow 4G, 4x CPU). A fresh system Chromium per run, as Lighthouse advises.

export type LighthouseRun = {
  performance: number;
  accessibility: number;
  metrics: Record<string, number | undefined>;
  /** When this browser really painted first (unthrottled, unsimulated): the simulated LCP depends
   * on it, and on this machine it is sometimes held back to ≈ 1.2 s (README, Performance). */
  observedFcp: number | undefined;
  failedAccessibility: string[];
};

export type LighthouseSummary = {
  url: string;
  performance: number;
  accessibility: number;
  runs: LighthouseRun[];
};

const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
  "interactive",
];

async function runOnce(url: string, cookieHeader: string): Promise<LighthouseRun> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chromePath = resolveChromium() ?? process.env.CHROME_PATH;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: "silent",
  });
  let killed = false;
  const kill = () => {
    if (!killed) chrome.kill();
    killed = true;
  };
  onCleanup(kill);
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      // The signed-in person's session: without it every page is the sign-in redirect.
      // An empty one: measured signed out (the sign-in page).
      extraHeaders: cookieHeader ? { Cookie: cookieHeader } : {},
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    // A lost session would measure the sign-in page under this page's name.
    const landed = new URL(result.lhr.finalDisplayedUrl).pathname;
    if (landed !== new URL(url).pathname)
      throw new Error(`Lighthouse for ${url} ended on ${landed}: the session was not accepted`);
    const { categories, audits } = result.lhr;
    const a11y = categories.accessibility;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((a11y?.score ?? 0) * 100),
      metrics: Object.fromEntries(METRICS.map((id) => [id, audits[id]?.numericValue])),
      observedFcp: (
        audits.metrics?.details as
          { items?: { observedFirstContentfulPaint?: number }[] } | undefined
      )?.items?.[0]?.observedFirstContentfulPaint,
      failedAccessibility: (a11y?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    };
  } finally {
    kill();
  }
}

export async function lighthouseMedian(
  url: string,
  cookieHeader: string,
  runs = 3,
): Promise<LighthouseSummary> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url, cookieHeader));
  return {
    url,
    performance: median(results.map((r) => r.performance)),
    accessibility: median(results.map((r) => r.accessibility)),
    runs: results,
  };
}
