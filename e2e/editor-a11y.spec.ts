import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { fillAndLeave } from "./support/fields";
import { expect, test } from "./support/fixtures";

// axe-core on the editor, WCAG 2.0/2.1 A and AA, with nothing excluded.

test.beforeEach(async ({ editor }) => {
  await editor.open();
});

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** Readable on failure: rule, impact and the offending elements. */
const summarise = (results: AxeResults["violations"]) =>
  results.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));

async function expectNoViolations(page: Page, { modalOpen = false } = {}) {
  const { violations, incomplete } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(summarise(violations)).toEqual([]);
  // ARIA checks axe could not settle are real doubts too (an aria-label on a <pre> lands here).
  // Except, under a modal, aria-hidden-focus: Radix hides the page behind the dialog and traps the
  // focus, and its two focus guards are focusable by design; axe can only ask for a human look.
  const doubts = incomplete.filter((r) => r.id.startsWith("aria-") && !(modalOpen && r.id === "aria-hidden-focus"));
  expect(summarise(doubts)).toEqual([]);
}

test("the empty editor has no axe violations", async ({ page }) => {
  await expectNoViolations(page);
});

test("a filled editor with an ACR container, env rows, probe headers and visible errors has no axe violations", async ({ page, editor, t }) => {
  await editor.versionName.fill("abc"); // too short: an error on screen
  const first = editor.card(1);
  await editor.containerName(1).fill("web");
  await editor.image(1).fill("registry.cn-hangzhou.aliyuncs.com/team/web:1.4.2");
  await first.getByRole("switch", { name: t("editor.image.acr") }).click();
  await first.getByLabel(t("editor.image.domain")).fill("registry.cn-hangzhou.aliyuncs.com");
  await fillAndLeave(first.getByLabel(t("editor.image.regionId")), "Hangzhou"); // malformed: an error on screen
  await first.getByRole("button", { name: t("editor.env.add") }).click();
  await first.getByLabel(t("editor.env.keyLabel", { n: 1 })).fill("LOG_LEVEL");
  await first.getByLabel(t("editor.env.valueLabel", { n: 1 })).fill("info");
  await first.getByRole("button", { name: t("editor.env.add") }).click();
  await first.getByLabel(t("editor.env.keyLabel", { n: 2 })).fill("HOSTS");
  await fillAndLeave(first.getByLabel(t("editor.env.valueLabel", { n: 2 })), "a,b"); // comma: an error on screen
  await editor.probeType(1, "httpGet").click();
  await editor.port(1).fill("8080");
  await first.getByRole("button", { name: t("editor.probe.addHeader") }).click();
  await first.getByLabel(t("editor.probe.headerName", { n: 1 })).fill("X-Owner");
  await fillAndLeave(first.getByLabel(t("editor.probe.headerValue", { n: 1 })), "ops@example.com"); // "@": an error on screen

  await page.getByRole("button", { name: t("editor.containers.add") }).click();
  const second = editor.card(2);
  await second.getByRole("tab", { name: t("editor.env.text") }).click();
  await second.getByLabel(t("editor.env.textLabel")).fill("GOOD=1\nno equals sign"); // a per-line error

  await editor.submitButton.click();
  await expect(page.locator('form [aria-invalid="true"]').first()).toBeFocused();
  expect(await page.locator('form [aria-invalid="true"]').count()).toBeGreaterThanOrEqual(6);
  await expectNoViolations(page);

  // The other preview views.
  for (const view of ["tabWire", "tabCli", "tabTypescript"] as const) {
    await page.getByRole("tab", { name: t(`editor.preview.${view}`) }).click();
    await expectNoViolations(page);
  }
});

test("the review dialog has no axe violations", async ({ page, editor }) => {
  await editor.versionName.fill("release-a11y-review");
  await editor.image(1).fill("nginx:1.25");
  await editor.port(1).fill("8080");
  await editor.submitButton.click();
  await expect(editor.reviewDialog).toBeVisible();
  await expectNoViolations(page, { modalOpen: true });
});
