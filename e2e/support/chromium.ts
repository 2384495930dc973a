import { existsSync } from "node:fs";

/**
 * The browser for E2E: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * download if one is installed. With none, fail loudly: a browser test must never skip.
 */
export function resolveChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist. Fix the path or unset it.`);
    return fromEnv;
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    // Playwright's bundled browser, when `npx playwright install chromium` was possible.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require("@playwright/test") as typeof import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // let Playwright use it
  } catch {
    // fall through to the error below
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's package (apt-get install -y chromium) " +
      "or set CHROMIUM_PATH to a Chromium/Chrome executable.",
  );
}
