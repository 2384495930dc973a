import type { Page } from "@playwright/test";

// The page CSP (proxy.ts) seen from the browser: the violations it reports, and when React has
// hydrated the page (its props are on the buttons and links).

/** Records CSP violations from the first script on, before any of the page's own. */
export async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

export const hydrated = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll("a, button")].some((el) =>
      Object.keys(el).some((k) => k.startsWith("__reactProps$")),
    ),
  );
