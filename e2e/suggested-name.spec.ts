import { expect, test } from "./support/fixtures";
import { editorPath, SHOP, SHOP_V2 } from "./support/seed";

// "New version from this" suggests a name the application does not have yet, also after the
// suggestion of the last visit was created.

const FROM_V2 = editorPath(SHOP, SHOP_V2); // v2-checkout-redesign

test("after creating the suggested name, starting from the same base again suggests another, free one", async ({ page, editor }) => {
  await page.goto(FROM_V2);
  await editor.waitForHydration();
  await expect(editor.versionName).toHaveValue("v2-checkout-redesign-next");
  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");

  await page.goto(FROM_V2);
  await editor.waitForHydration();
  await expect(page.getByRole("heading", { name: /New version from v2-checkout-redesign/ })).toBeVisible();
  await expect(editor.versionName).toHaveValue("v2-checkout-redesign-next-2");
  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");
});
