import { expect, test } from "./support/fixtures";
import { editorPath, SHOP } from "./support/seed";

test("home page redirects to the application list, read from the sandbox over signed HTTP, in sandbox mode", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/apps$/);
  await expect(page.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Sandbox mode");
  // The demo seed's four apps, A-Z by default.
  const table = page.getByRole("table", { name: "Edge container applications" });
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table.getByRole("row").nth(1)).toContainText("api-gateway-edge");
  await expect(page.getByRole("link", { name: "New version of shop-frontend" })).toHaveAttribute(
    "href",
    editorPath(SHOP),
  );
});
