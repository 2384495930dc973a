import { expect, test, type Page } from "@playwright/test";
import { APP_PAGE, card, fillValidMinimum, image, openEditor, submitAndConfirm, successAlert, versionName } from "./support/editor";
import { resetSandbox } from "./support/sandbox";

// The draft is saved 400 ms after the last keystroke. These tests leave well within that delay:
// what was typed last must be written when the page is left, not dropped with the pending save.

test.beforeEach(async () => {
  await resetSandbox();
});

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

test("a reload right after typing keeps the last keystrokes", async ({ page }) => {
  await openEditor(page);
  answerDialogs(page, true);
  await image(card(page, 1)).fill("nginx:1.27");
  await versionName(page).fill("typed-just-before-reload");
  await page.reload();
  await expect(page.getByTestId("draft-notice")).toBeVisible();
  await expect(versionName(page)).toHaveValue("typed-just-before-reload");
  await expect(image(card(page, 1))).toHaveValue("nginx:1.27");
});

test("the header's Applications link asks first, naming the version, and the draft keeps the last keystrokes", async ({ page }) => {
  await openEditor(page);
  const dialogs = answerDialogs(page, true);
  await versionName(page).fill("typed-just-before-leaving");
  await headerApplications(page).click();
  await expect(page).toHaveURL(/\/apps$/);
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]!.type).toBe("confirm");
  expect(dialogs[0]!.message).toContain('"typed-just-before-leaving"');
  expect(dialogs[0]!.message).toContain("has not been created");

  await page.goto(APP_PAGE);
  await expect(versionName(page)).toHaveValue("typed-just-before-leaving");
});

test("declining the confirm on a breadcrumb stays in the editor with everything typed", async ({ page }) => {
  await openEditor(page);
  const dialogs = answerDialogs(page, false);
  await versionName(page).fill("stay-on-the-page");
  await page.getByRole("main").getByRole("link", { name: "Applications" }).click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(page.url()).toContain("/versions/new");
  await expect(versionName(page)).toHaveValue("stay-on-the-page");
});

test("after a successful create, leaving does not ask", async ({ page }) => {
  await openEditor(page);
  const dialogs = answerDialogs(page, true);
  await fillValidMinimum(page, "release-e2e-leave-after-create");
  await submitAndConfirm(page);
  await expect(successAlert(page)).toContainText("Version created");
  await headerApplications(page).click();
  await expect(page).toHaveURL(/\/apps$/);
  expect(dialogs).toEqual([]);
});
