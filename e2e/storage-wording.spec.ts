import { expect, test } from "./support/fixtures";
import { editorPath, SHOP, SHOP_V1 } from "./support/seed";

// One wording for a storage size: the editor's picker and the version page say the same.
// SHOP_V1 (v1-initial-release): its web container has 0.5G of storage.

test("0.5G reads 0.5 GB in the editor and on the version page", async ({ page, editor }) => {
  await page.goto(`/apps/${SHOP}/versions/${SHOP_V1}`);
  const web = page.getByRole("region", { name: "Container web" });
  await expect(web).toContainText("0.5G (0.5 GB)");
  await expect(page.getByText(/MiB/)).toHaveCount(0);

  await page.goto(editorPath(SHOP, SHOP_V1));
  await editor.waitForHydration();
  await expect(editor.card(1).getByRole("radio", { name: "0.5G, 0.5 GB" })).toBeChecked();
  await expect(editor.card(1).getByRole("radio", { name: "30G, 30 GB" })).toBeVisible();
  await expect(page.getByText(/MiB/)).toHaveCount(0);
});
