import { expect, test } from "@playwright/test";
import { resetSandbox } from "./support/sandbox";

test.beforeEach(async () => {
  await resetSandbox();
});

test("home page lists the sandbox's apps over signed HTTP and says it is in sandbox mode", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Applications" })).toBeVisible();
  await expect(page.getByTestId("backend-mode")).toContainText("Sandbox mode");
  const rows = page.getByRole("row");
  // header + at least the seeded demo apps
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole("link", { name: /New version of/ }).first()).toBeVisible();
});
