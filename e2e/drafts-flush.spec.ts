import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { editorPath, SHOP } from "./support/seed";

// The draft is saved 400 ms after the last keystroke. These tests leave well within that delay:
// what was typed last must be written when the page is left, not dropped with the pending save.

/** Every dialog the page opens, answered with `accept`. */
function answerDialogs(page: Page, accept: boolean) {
  const seen: { type: string; message: string }[] = [];
  page.on("dialog", (d) => {
    seen.push({ type: d.type(), message: d.message() });
    void (accept ? d.accept() : d.dismiss());
  });
  return seen;
}

const headerApplications = (page: Page) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Applications" });

test("a reload right after typing keeps the last keystrokes", async ({ page, editor }) => {
  await editor.open();
  answerDialogs(page, true);
  await editor.image(1).fill("nginx:1.27");
  await editor.versionName.fill("typed-just-before-reload");
  await page.reload();
  await expect(editor.draftNotice).toBeVisible();
  await expect(editor.versionName).toHaveValue("typed-just-before-reload");
  await expect(editor.image(1)).toHaveValue("nginx:1.27");
});

test("the header's Applications link asks first, naming the version, and the draft keeps the last keystrokes", async ({ page, editor }) => {
  await editor.open();
  const dialogs = answerDialogs(page, true);
  await editor.versionName.fill("typed-just-before-leaving");
  await headerApplications(page).click();
  await expect(page).toHaveURL(/\/apps$/);
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]!.type).toBe("confirm");
  expect(dialogs[0]!.message).toContain('"typed-just-before-leaving"');
  expect(dialogs[0]!.message).toContain("has not been created");

  await page.goto(editorPath(SHOP));
  await expect(editor.versionName).toHaveValue("typed-just-before-leaving");
});

test("declining the confirm on a breadcrumb stays in the editor with everything typed", async ({ page, editor }) => {
  await editor.open();
  const dialogs = answerDialogs(page, false);
  await editor.versionName.fill("stay-on-the-page");
  await page.getByRole("main").getByRole("link", { name: "Applications" }).click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(page.url()).toContain("/versions/new");
  await expect(editor.versionName).toHaveValue("stay-on-the-page");
});

test("after a successful create, leaving does not ask", async ({ page, editor }) => {
  await editor.open();
  const dialogs = answerDialogs(page, true);
  await editor.fillValidMinimum("release-e2e-leave-after-create");
  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");
  await headerApplications(page).click();
  await expect(page).toHaveURL(/\/apps$/);
  expect(dialogs).toEqual([]);
});
