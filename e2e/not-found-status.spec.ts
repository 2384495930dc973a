import { expect, test } from "./support/fixtures";
import { SHOP, SHOP_V1 } from "./support/seed";

// A missing application or version answers HTTP 404, not a 200 page that merely says "not found":
// crawlers, link checkers and monitoring read the status. Found ones still answer 200.

const MISSING_APP = "/apps/app-000000000000000000000";
const MISSING_VERSION = `/apps/${SHOP}/versions/ver-999999999999999999`;

test("an unknown application answers 404 with its not-found page", async ({ page, request }) => {
  const response = await request.get(MISSING_APP);
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Application not found");

  const navigation = await page.goto(MISSING_APP);
  expect(navigation?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { level: 1, name: "Application not found" }),
  ).toBeVisible();
});

test("an unknown version answers 404 with its not-found page", async ({ page, request }) => {
  const response = await request.get(MISSING_VERSION);
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Version not found");

  const navigation = await page.goto(MISSING_VERSION);
  expect(navigation?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Version not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the application" })).toHaveAttribute(
    "href",
    `/apps/${SHOP}`,
  );
});

test("found applications and versions answer 200 with their content", async ({ request }) => {
  const app = await request.get(`/apps/${SHOP}`);
  expect(app.status()).toBe(200);
  expect(await app.text()).toContain("v2-checkout-redesign");

  const version = await request.get(`/apps/${SHOP}/versions/${SHOP_V1}`);
  expect(version.status()).toBe(200);
  expect(await version.text()).toContain("v1-initial-release");
});
