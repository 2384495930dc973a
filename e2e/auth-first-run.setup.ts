import { expect, test as setup } from "@playwright/test";

import { ADMIN_STORAGE_STATE, E2E_ADMIN } from "./support/constants";
import { expectFieldError } from "./support/fields";

// The first visit of every e2e run, on an empty database: any page leads to the setup page, which
// creates the first administrator and signs them in. Their session is saved for every other spec.

setup("the first visit leads to setup, which creates the administrator and signs them in", async ({ page }) => {
  await page.goto("/apps/app-880688675783790001/versions/new");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Version Studio" })).toBeVisible();

  // Each bad value is refused on its own field, before anything is created.
  await page.getByLabel("Email").fill("not an email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expectFieldError(page.getByLabel("Name"), "Enter a name.");
  await expectFieldError(page.getByLabel("Email"), "Enter an email address such as ada@example.com.");
  await expectFieldError(page.getByLabel("Password"), "Use at least 8 characters for the password.");
  await expect(page.getByLabel("Name")).toBeFocused();

  await page.getByLabel("Name").fill(E2E_ADMIN.name);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Create administrator" }).click();

  await expect(page).toHaveURL(/\/apps$/);
  await expect(page.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Account: ${E2E_ADMIN.name}` })).toBeVisible();

  await page.context().storageState({ path: ADMIN_STORAGE_STATE });
});
