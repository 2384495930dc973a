import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// Chinese labels are shorter in characters but not always in width, and they break differently
// (no spaces): the editor must fit a phone and a desktop in every language, with no text cut off.
// Run in zh-CN (the project "zh-CN") and in English (the project "chromium").

/** Text that does not fit the box that shows it: each entry names the element and its widths. */
type Clipped = { element: string; text: string; scrollWidth: number; clientWidth: number };

/**
 * What is cut off inside <main>: every visible element holding text of its own (or the nearest box
 * around inline text) whose content is wider than its box, where the box hides the rest
 * (overflow hidden/clip, text-overflow: ellipsis) or is a label, button, legend, tab or heading,
 * whose words must never spill or be clipped. Screen-reader-only text (1 px, clipped) is skipped.
 */
async function clippedText(page: Page): Promise<Clipped[]> {
  return page.evaluate(() => {
    const NAMED = "label, button, legend, summary, [role='tab'], h1, h2, h3, h4, option, kbd";
    const boxOf = (el: Element): HTMLElement | null => {
      let node: Element | null = el;
      while (node && getComputedStyle(node).display === "inline") node = node.parentElement;
      return node instanceof HTMLElement ? node : null;
    };
    const srOnly = (el: HTMLElement) => {
      for (let node: HTMLElement | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.position === "absolute" && node.clientWidth <= 1) return true;
      }
      return false;
    };
    const found = new Map<HTMLElement, { scrollWidth: number; clientWidth: number }>();
    const main = document.querySelector("main");
    if (!main) return [];
    for (const el of main.querySelectorAll<HTMLElement>("*")) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
      if (!ownText || !el.checkVisibility({ visibilityProperty: true })) continue;
      const box = boxOf(el);
      if (!box || found.has(box) || srOnly(box)) continue;
      const style = getComputedStyle(box);
      const hides =
        style.textOverflow === "ellipsis" || ["hidden", "clip"].includes(style.overflowX) || box.matches(NAMED) || box.closest(NAMED) !== null;
      if (hides && box.scrollWidth > box.clientWidth + 1) {
        found.set(box, { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth });
      }
    }
    return [...found].map(([box, widths]) => ({
      element: `${box.tagName.toLowerCase()}${box.id ? `#${box.id}` : ""}`,
      text: (box.textContent ?? "").trim().slice(0, 80),
      ...widths,
    }));
  });
}

/** Whether the page scrolls sideways: the excess, and the outermost elements reaching past the
 * window's right edge (to say what to fix). */
async function horizontalOverflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const excess = Math.max(0, document.scrollingElement!.scrollWidth - window.innerWidth);
    if (excess <= 0) return { excess, culprits: [] };
    const past = [...document.body.querySelectorAll<HTMLElement>("*")].filter(
      (el) => el.getBoundingClientRect().right > window.innerWidth + 1 && el.checkVisibility(),
    );
    const outermost = past.filter((el) => !past.includes(el.parentElement!));
    const name = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 4).join(".")} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    return { excess, culprits: outermost.slice(0, 5).map(name) };
  });
}

for (const width of [390, 1280]) {
  test(`the editor fits ${width} px with nothing cut off: an httpGet probe, env rows, registry details`, async ({
    page,
    editor,
    t,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await editor.open();
    await editor.versionName.fill("release-layout-check");
    await editor.remarks.fill("layout check");
    const card = editor.card(1);
    await editor.containerName(1).fill("web");
    await editor.image(1).fill("registry-vpc.cn-shanghai.aliyuncs.com/team/shop-web:1.4.2");
    await card.getByRole("switch", { name: t("editor.image.acr") }).click();
    await card.getByLabel(t("editor.image.repoNamespace")).fill("team");
    for (const [n, [key, value]] of [["LOG_LEVEL", "info"], ["DB_PASSWORD", "s3cr3t"]].entries()) {
      await card.getByRole("button", { name: t("editor.env.add") }).click();
      await card.getByLabel(t("editor.env.keyLabel", { n: n + 1 })).fill(key!);
      await card.getByLabel(t("editor.env.valueLabel", { n: n + 1 })).fill(value!);
    }
    await editor.probeType(1, "httpGet").click();
    await card.getByLabel(t("editor.probe.path"), { exact: true }).fill("/healthz");
    await editor.port(1).fill("8080");
    await card.getByRole("button", { name: t("editor.probe.addHeader") }).click();
    await card.getByLabel(t("editor.probe.headerName", { n: 1 })).fill("X-Owner");
    await expect(card.getByLabel(t("editor.env.keyLabel", { n: 2 }))).toHaveValue("DB_PASSWORD");

    expect(await horizontalOverflow(page)).toEqual({ excess: 0, culprits: [] });
    expect(await clippedText(page)).toEqual([]);

    // Below lg the preview takes the form's place; at 1280 px it is beside the form already.
    const toggle = page.getByRole("group", { name: t("editor.view.label") });
    if (await toggle.isVisible()) await toggle.getByRole("button", { name: t("editor.view.preview") }).click();
    await page.getByRole("tab", { name: t("editor.preview.tabWire") }).click();
    await expect(editor.previewCode("wire form")).toBeVisible();
    expect(await horizontalOverflow(page)).toEqual({ excess: 0, culprits: [] });
    expect(await clippedText(page)).toEqual([]);
  });
}
