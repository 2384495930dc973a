import { expect, test } from "@playwright/test";
import { APP, card, waitForHydration } from "./support/editor";
import { resetSandbox } from "./support/sandbox";

// One wording for a storage size: the editor's picker and the version page say the same.

test.beforeEach(async () => {
  await resetSandbox();
});

const V1 = "ver-100000000000000101"; // v1-initial-release: its web container has 0.5G of storage

test("0.5G reads 0.5 GB in the editor and on the version page", async ({ page }) => {
  await page.goto(`/apps/${APP}/versions/${V1}`);
  const web = page.getByRole("region", { name: "Container web" });
  await expect(web).toContainText("0.5G (0.5 GB)");
  await expect(page.getByText(/MiB/)).toHaveCount(0);

  await page.goto(`/apps/${APP}/versions/new?from=${V1}`);
  await waitForHydration(page);
  await expect(card(page, 1).getByRole("radio", { name: "0.5G, 0.5 GB" })).toBeChecked();
  await expect(card(page, 1).getByRole("radio", { name: "30G, 30 GB" })).toBeVisible();
  await expect(page.getByText(/MiB/)).toHaveCount(0);
});
