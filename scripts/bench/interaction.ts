import type { Browser, ElementHandle, Locator, Page } from "@playwright/test";
import {
  CPU_THROTTLING,
  eventsSince,
  openEditor,
  pageNow,
  setCpuThrottling,
  type EventEntry,
} from "./browser";
import { measurePreviewLatency, type PreviewSample } from "./preview-browser";
import type { BenchSession } from "./sign-in";

// Keystroke-to-next-paint in the editor, from the browser's Event Timing entries. One interaction
// (a key press, a click) can produce several entries (keydown/keypress/keyup, pointerdown/
// pointerup/click) sharing an interactionId: its latency is the longest of them, as for INP.
// An interaction that painted within 16 ms produces no entry at all: it is counted as "<16 ms".

export type ActionKind =
  | "type container name"
  | "type image"
  | "switch probe type"
  | "toggle env text mode"
  | "add container";
/** latency: the interaction's longest entry; phases (ms) of that entry: input delay, handlers, presentation. */
export type Interaction = {
  kind: ActionKind;
  latency: number | null;
  phases?: [number, number, number];
};
type Window = { kind: ActionKind; interactions: number; from: number; to: number };

const KEY_DELAY_MS = 150;
const PAUSE_MS = 300;

async function act(
  page: Page,
  kind: ActionKind,
  interactions: number,
  run: () => Promise<void>,
): Promise<Window> {
  const from = await pageNow(page);
  await run();
  const to = await pageNow(page);
  await page.waitForTimeout(PAUSE_MS);
  return { kind, interactions, from, to };
}

async function typeInto(page: Page, field: ElementHandle, text: string): Promise<void> {
  await field.focus(); // programmatic focus: not an interaction, so it is not measured
  await page.keyboard.press("End");
  await page.waitForTimeout(PAUSE_MS);
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
}

async function handle(locator: Locator): Promise<ElementHandle> {
  const found = await locator.elementHandle();
  if (!found) throw new Error(`not on the page: ${locator.toString()}`);
  return found;
}

/** The last container's controls, found before throttling: resolving accessible names over a
 * 30-container page is heavy work for Playwright's in-page script, and must not be measured. */
async function lastContainerControls(page: Page) {
  const last = (role: "radio" | "tab", name: RegExp) =>
    handle(page.getByRole(role, { name }).last());
  return {
    name: await handle(page.getByLabel("Container name", { exact: true }).last()),
    image: await handle(page.getByLabel("Image", { exact: true }).last()),
    probes: [
      await last("radio", /^httpGet\b/),
      await last("radio", /^tcpSocket\b/),
      await last("radio", /^exec\b/),
    ],
    envText: await last("tab", /^Text$/),
    envRows: await last("tab", /^Rows$/),
    add: await handle(page.getByRole("button", { name: "Add container", exact: true })),
  };
}

/** Groups the entries inside each action's time window into interactions. */
function attribute(windows: Window[], events: EventEntry[]): Interaction[] {
  const out: Interaction[] = [];
  for (const w of windows) {
    const inside = events
      .filter((e) => e.start >= w.from && e.start <= w.to)
      .sort((a, b) => a.start - b.start);
    const byId = new Map<number, EventEntry>();
    let last: number | undefined;
    for (const e of inside) {
      // `input` carries no interactionId: it belongs to the key press that precedes it.
      const id = e.interactionId !== 0 ? e.interactionId : e.name === "input" ? last : undefined;
      if (id === undefined) continue;
      last = id;
      const longest = byId.get(id);
      if (!longest || e.duration > longest.duration) byId.set(id, e);
    }
    for (const e of byId.values()) {
      const phases: [number, number, number] = [
        e.processingStart - e.start,
        e.processingEnd - e.processingStart,
        e.start + e.duration - e.processingEnd,
      ];
      out.push({
        kind: w.kind,
        latency: e.duration,
        phases: phases.map((p) => Math.max(0, Math.round(p))) as [number, number, number],
      });
    }
    for (let i = byId.size; i < w.interactions; i++) out.push({ kind: w.kind, latency: null });
  }
  return out;
}

export type InteractionRun = {
  containers: number;
  interactions: Interaction[];
  entries: number;
  preview: PreviewSample[];
};

/** One run: a fresh page with `containers` containers, then the scripted edits at 4x throttling. */
export async function interactionRun(
  browser: Browser,
  url: string,
  containers: number,
  withPreview: boolean,
  session: BenchSession,
): Promise<InteractionRun> {
  const editor = await openEditor(browser, url, containers, session.storageState);
  const { page, cdp } = editor;
  try {
    const c = await lastContainerControls(page);
    await setCpuThrottling(cdp, CPU_THROTTLING);
    await page.waitForTimeout(500);
    const t0 = await pageNow(page);
    const windows: Window[] = [];
    const name = "abcdefgh";
    windows.push(
      await act(page, "type container name", name.length, () => typeInto(page, c.name, name)),
    );
    const image = "nginx:1.27";
    windows.push(await act(page, "type image", image.length, () => typeInto(page, c.image, image)));
    windows.push(
      await act(page, "switch probe type", c.probes.length, async () => {
        for (const radio of c.probes) {
          await radio.click();
          await page.waitForTimeout(PAUSE_MS);
        }
      }),
    );
    windows.push(
      await act(page, "toggle env text mode", 2, async () => {
        await c.envText.click();
        await page.waitForTimeout(PAUSE_MS);
        await c.envRows.click();
      }),
    );
    const preview = withPreview ? await measurePreviewLatency(page, c.name) : [];
    windows.push(await act(page, "add container", 1, () => c.add.click()));
    const events = await eventsSince(page, t0);
    return {
      containers,
      interactions: attribute(windows, events),
      entries: events.length,
      preview,
    };
  } finally {
    await setCpuThrottling(cdp, 1).catch(() => undefined);
    await editor.close();
  }
}
