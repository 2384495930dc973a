import { expect, test } from "@playwright/test";
import { APP, submitAndConfirm, successAlert, versionName, waitForHydration } from "./support/editor";
import { resetSandbox } from "./support/sandbox";

// "New version from this" suggests a name the application does not have yet, also after the
// suggestion of the last visit was created.

test.beforeEach(async () => {
  await resetSandbox();
});

const FROM_V2 = `/apps/${APP}/versions/new?from=ver-100000000000000102`; // v2-checkout-redesign

test("after creating the suggested name, starting from the same base again suggests another, free one", async ({ page }) => {
  await page.goto(FROM_V2);
  await waitForHydration(page);
  await expect(versionName(page)).toHaveValue("v2-checkout-redesign-next");
  await submitAndConfirm(page);
  await expect(successAlert(page)).toContainText("Version created");

  await page.goto(FROM_V2);
  await waitForHydration(page);
  await expect(page.getByRole("heading", { name: /New version from v2-checkout-redesign/ })).toBeVisible();
  await expect(versionName(page)).toHaveValue("v2-checkout-redesign-next-2");
  await submitAndConfirm(page);
  await expect(successAlert(page)).toContainText("Version created");
});
