import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { emptyContainer, emptyVersionForm } from "../lib/version/defaults";
import { draftKey, legacyDraftKey } from "../lib/version/draft-keys";
import { APP, APP_PAGE, card, image, openEditor, remarks, versionName } from "./support/editor";
import { resetSandbox } from "./support/sandbox";

const V1 = "ver-100000000000000101";
const V2 = "ver-100000000000000102";

test.beforeEach(async () => {
  await resetSandbox();
});

async function storeRaw(page: Page, key: string, raw: string) {
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, raw]);
}

test("a damaged draft is set aside with a download; the editor, its preview and the form stay usable", async ({ page }) => {
  await openEditor(page);
  const raw = JSON.stringify({ format: 2, savedAt: new Date().toISOString(), appId: APP, base: null, values: { ...emptyVersionForm(APP), name: "damaged", containers: [null] } });
  await storeRaw(page, draftKey(APP, null), raw);
  await page.reload();

  const notice = page.getByTestId("draft-set-aside");
  await expect(notice).toContainText("could not be read");
  await expect(page.getByTestId("boundary-error")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "request JSON" })).toBeVisible();
  await versionName(page).fill("fresh-start");
  await expect(page.getByRole("region", { name: "request JSON" })).toContainText('"fresh-start"');

  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download the draft" }).click();
  expect(await readFile(await (await download).path(), "utf8")).toBe(raw);
  await notice.getByRole("button", { name: "Start fresh" }).click();
  await expect(notice).toHaveCount(0);
});

test("a draft an older release saved, per app and without newer fields, is migrated and restored", async ({ page }) => {
  await openEditor(page);
  const old: Record<string, unknown> = { ...emptyContainer("web"), image: "nginx:1.27" };
  delete old.command;
  delete old.postStart;
  const raw = JSON.stringify({ savedAt: new Date().toISOString(), values: { appId: APP, name: "older-draft", containers: [old] } });
  await storeRaw(page, legacyDraftKey(APP), raw);
  await page.reload();

  await expect(page.getByTestId("draft-notice")).toContainText("started from a blank form");
  await expect(versionName(page)).toHaveValue("older-draft");
  await expect(image(card(page, 1))).toHaveValue("nginx:1.27");
  await expect(page.getByRole("region", { name: "request JSON" })).toContainText('"older-draft"');
  await expect(page.getByTestId("boundary-error")).toHaveCount(0);
});

test("drafts are kept per base version: v1's page does not load v2's draft but offers it", async ({ page }) => {
  await openEditor(page, `${APP_PAGE}?from=${V2}`);
  await remarks(page).fill("edited starting from v2");
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? "", draftKey(APP, V2)))
    .toContain("edited starting from v2");

  await openEditor(page, `${APP_PAGE}?from=${V1}`);
  await expect(page.getByRole("heading", { name: /New version from v1-initial-release/ })).toBeVisible();
  await expect(remarks(page)).toHaveValue("First production build");
  await expect(page.getByTestId("draft-notice")).toHaveCount(0);
  const offer = page.getByTestId("other-drafts").getByRole("link", { name: /started from v2-checkout-redesign/ });
  await expect(offer).toBeVisible();

  await offer.click();
  await expect(page.getByRole("heading", { name: /New version from v2-checkout-redesign/ })).toBeVisible();
  await expect(page.getByTestId("draft-notice")).toContainText("started from v2-checkout-redesign");
  await expect(remarks(page)).toHaveValue("edited starting from v2");
});

test("a preview that fails in the browser says so in its place; the form and what was typed stay", async ({ page }) => {
  // Stand-in for a builder bug: the preview's indented JSON fails for one marked value. The
  // draft's compact JSON is not affected, so only the preview can fail.
  await page.addInitScript(() => {
    const stringify = JSON.stringify;
    JSON.stringify = function (this: unknown, ...args: Parameters<typeof stringify>) {
      const text = stringify.apply(this, args);
      if (args[2] === 2 && text?.includes("preview-must-fail")) throw new TypeError("builder failed");
      return text;
    } as typeof stringify;
  });
  await openEditor(page);
  await versionName(page).fill("preview-must-fail");

  await expect(page.getByTestId("preview-error")).toContainText("The preview could not be shown");
  await expect(page.getByTestId("preview-error")).not.toContainText("server log");
  await expect(page.getByTestId("boundary-error")).toHaveCount(0);
  await expect(versionName(page)).toHaveValue("preview-must-fail");

  await versionName(page).fill("preview-works-again");
  await page.getByTestId("preview-error").getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("region", { name: "request JSON" })).toContainText('"preview-works-again"');
});
