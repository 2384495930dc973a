import type { Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { emptyContainer, emptyVersionForm } from "../lib/version/defaults";
import { draftKey, legacyDraftKey } from "../lib/version/draft-keys";
import { expect, test } from "./support/fixtures";
import { editorPath, SHOP, SHOP_V1, SHOP_V2 } from "./support/seed";

async function storeRaw(page: Page, key: string, raw: string) {
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, raw]);
}

test("a damaged draft is set aside with a download; the editor, its preview and the form stay usable", async ({ page, editor }) => {
  await editor.open();
  const raw = JSON.stringify({ format: 2, savedAt: new Date().toISOString(), appId: SHOP, base: null, values: { ...emptyVersionForm(SHOP), name: "damaged", containers: [null] } });
  await storeRaw(page, draftKey(SHOP, null), raw);
  await page.reload();

  const notice = editor.draftSetAside;
  await expect(notice).toContainText("could not be read");
  await expect(editor.pageError).toHaveCount(0);
  await expect(editor.previewCode("request JSON")).toBeVisible();
  await editor.versionName.fill("fresh-start");
  await expect(editor.previewCode("request JSON")).toContainText('"fresh-start"');

  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download the draft" }).click();
  expect(await readFile(await (await download).path(), "utf8")).toBe(raw);
  await notice.getByRole("button", { name: "Start fresh" }).click();
  await expect(notice).toHaveCount(0);
});

test("a draft an older release saved, per app and without newer fields, is migrated and restored", async ({ page, editor }) => {
  await editor.open();
  const old: Record<string, unknown> = { ...emptyContainer("web"), image: "nginx:1.27" };
  delete old.command;
  delete old.postStart;
  const raw = JSON.stringify({ savedAt: new Date().toISOString(), values: { appId: SHOP, name: "older-draft", containers: [old] } });
  await storeRaw(page, legacyDraftKey(SHOP), raw);
  await page.reload();

  await expect(editor.draftNotice).toContainText("started from a blank form");
  await expect(editor.versionName).toHaveValue("older-draft");
  await expect(editor.image(1)).toHaveValue("nginx:1.27");
  await expect(editor.previewCode("request JSON")).toContainText('"older-draft"');
  await expect(editor.pageError).toHaveCount(0);
});

test("drafts are kept per base version: v1's page does not load v2's draft but offers it", async ({ page, editor }) => {
  await editor.open(editorPath(SHOP, SHOP_V2));
  await editor.remarks.fill("edited starting from v2");
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? "", draftKey(SHOP, SHOP_V2)))
    .toContain("edited starting from v2");

  await editor.open(editorPath(SHOP, SHOP_V1));
  await expect(page.getByRole("heading", { name: /New version from v1-initial-release/ })).toBeVisible();
  await expect(editor.remarks).toHaveValue("First production build");
  await expect(editor.draftNotice).toHaveCount(0);
  const offer = editor.otherDrafts.getByRole("link", { name: /started from v2-checkout-redesign/ });
  await expect(offer).toBeVisible();

  await offer.click();
  await expect(page.getByRole("heading", { name: /New version from v2-checkout-redesign/ })).toBeVisible();
  await expect(editor.draftNotice).toContainText("started from v2-checkout-redesign");
  await expect(editor.remarks).toHaveValue("edited starting from v2");
});

test("a preview that fails in the browser says so in its place; the form and what was typed stay", async ({ page, editor }) => {
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
  await editor.open();
  await editor.versionName.fill("preview-must-fail");

  await expect(editor.previewError).toContainText("The preview could not be shown");
  await expect(editor.previewError).not.toContainText("server log");
  await expect(editor.pageError).toHaveCount(0);
  await expect(editor.versionName).toHaveValue("preview-must-fail");

  await editor.versionName.fill("preview-works-again");
  await editor.previewError.getByRole("button", { name: "Try again" }).click();
  await expect(editor.previewCode("request JSON")).toContainText('"preview-works-again"');
});
