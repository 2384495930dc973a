import type { ElementHandle, Page } from "@playwright/test";

// Keystroke to preview update: keydown's event timestamp (when the key was pressed) to the
// MutationObserver callback on the preview's <pre> (the new text is in the DOM) and to the start
// of the next animation frame after it (about when it is painted). The preview is rendered from a
// deferred value, so it may legitimately lag the input; a key whose update was folded into the
// next key's is reported as coalesced.

export type PreviewSample = { toDom: number; toFrame: number } | { coalesced: true };

declare global {
  interface Window {
    __preview?: { keys: number[]; dom: number[]; frame: number[]; stop: () => void };
  }
}

const KEY_DELAY_MS = 400;

// Plain source, not a function: tsx's name-keeping helper (__name) does not exist in the page.
const INSTALL = `(() => {
  const target = document.querySelector('[data-testid="preview-readable"]');
  if (!target) throw new Error("no [data-testid=preview-readable] on the page");
  const state = { keys: [], dom: [], frame: [] };
  const onKey = (e) => state.keys.push(e.timeStamp);
  document.addEventListener("keydown", onKey, true);
  const observer = new MutationObserver(() => {
    state.dom.push(performance.now());
    requestAnimationFrame((t) => state.frame.push(t));
  });
  observer.observe(target, { subtree: true, childList: true, characterData: true });
  state.stop = () => {
    observer.disconnect();
    document.removeEventListener("keydown", onKey, true);
  };
  window.__preview = state;
})()`;

export async function measurePreviewLatency(
  page: Page,
  field: ElementHandle,
  keys = "previewkey",
): Promise<PreviewSample[]> {
  await field.focus();
  await page.keyboard.press("End");
  await page.evaluate(INSTALL);
  await page.keyboard.type(keys, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(1500);
  const {
    keys: down,
    dom,
    frame,
  } = await page.evaluate(() => {
    const s = window.__preview!;
    s.stop();
    return { keys: s.keys, dom: s.dom, frame: s.frame };
  });
  return down.map((k, i) => {
    const next = down[i + 1] ?? Number.POSITIVE_INFINITY;
    const d = dom.find((t) => t >= k && t < next);
    const f = d === undefined ? undefined : frame[dom.indexOf(d)];
    return d === undefined || f === undefined
      ? { coalesced: true }
      : { toDom: d - k, toFrame: f - k };
  });
}
