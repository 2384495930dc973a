import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type CDPSession,
  type Page,
} from "@playwright/test";
import { resolveChromium } from "../../e2e/support/chromium";
import { onCleanup } from "./proc";

// Headless system Chromium, as the e2e tests use it, with the editor page instrumented by the
// browser's own Event Timing API (https://w3c.github.io/event-timing/).

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const CPU_THROTTLING = 4;

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  onCleanup(() => browser.close());
  return browser;
}

/** One Event Timing entry; `processingStart`/`processingEnd` split its duration into input delay,
 * event handlers, and presentation delay (rendering until the next paint). */
export type EventEntry = {
  name: string;
  start: number;
  duration: number;
  interactionId: number;
  processingStart: number;
  processingEnd: number;
};

declare global {
  interface Window {
    __bench: { events: EventEntry[] };
  }
}

/** Every event that took 16 ms or more (the API's floor) to its next paint, from page start. */
function observeEvents() {
  window.__bench = { events: [] };
  new PerformanceObserver((list) => {
    // interactionId is in Chromium and the Event Timing draft, not yet in TypeScript's DOM types.
    for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
      const { name, startTime: start, duration, processingStart, processingEnd } = e;
      window.__bench.events.push({
        name,
        start,
        duration,
        interactionId: e.interactionId ?? 0,
        processingStart,
        processingEnd,
      });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

export type EditorPage = { page: Page; cdp: CDPSession; close: () => Promise<void> };

/** A fresh context (no stored draft; the signed-in person's session) on the editor, hydrated,
 * with `containers` containers. */
export async function openEditor(
  browser: Browser,
  url: string,
  containers: number,
  storageState: BrowserContextOptions["storageState"],
  initScript?: string,
): Promise<EditorPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    storageState,
  });
  const page = await context.newPage();
  await page.addInitScript(observeEvents);
  if (initScript) await page.addInitScript({ content: initScript });
  await page.goto(url, { waitUntil: "networkidle" });
  // React marks each DOM node it has hydrated with an internal `__reactFiber$…` key.
  await page.waitForFunction(() => {
    const form = document.querySelector('form[aria-label="New version"]');
    return form !== null && Object.keys(form).some((k) => k.startsWith("__reactFiber"));
  });
  await addContainers(page, containers);
  const cdp = await context.newCDPSession(page);
  return { page, cdp, close: () => context.close() };
}

const cards = (page: Page) => page.getByTestId("container-card");

/** Clicks "Add container" until there are `n` (the page may start with some already). */
async function addContainers(page: Page, n: number): Promise<void> {
  const add = page.getByRole("button", { name: "Add container", exact: true });
  for (let tries = 0; (await cards(page).count()) < n; tries++) {
    if (tries > n + 50) throw new Error(`could not reach ${n} containers`);
    const before = await cards(page).count();
    await add.click();
    await page
      .waitForFunction(
        (b) => document.querySelectorAll('[data-testid="container-card"]').length > b,
        before,
        { timeout: 3000 },
      )
      .catch(() => {
        // not hydrated yet: the loop clicks again
      });
  }
}

export async function setCpuThrottling(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** Lets pending paints and observer callbacks run, then returns the events seen since `since`. */
export async function eventsSince(page: Page, since: number): Promise<EventEntry[]> {
  await page.waitForTimeout(1000);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
  );
  return page.evaluate((t) => window.__bench.events.filter((e) => e.start >= t), since);
}
