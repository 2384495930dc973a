import { expect, type Page } from "@playwright/test";

import type { Person } from "./people";

/** Grants `role` on `pattern` to `person` from /admin, as the administrator of `adminPage`. */
export async function grantOnAdminPage(adminPage: Page, person: Person, role: string, pattern: string): Promise<void> {
  await adminPage.goto("/admin");
  const form = adminPage.getByRole("form", { name: "Add a grant" });
  await form.getByLabel("Person").selectOption({ label: `${person.name} (${person.email})` });
  await form.getByLabel("Role").selectOption(role);
  await form.getByLabel("App pattern").fill(pattern);
  await form.getByRole("button", { name: "Add grant" }).click();
  await expect(
    adminPage.getByRole("table", { name: "Grants" }).getByRole("row").filter({ hasText: person.email }),
  ).toContainText(pattern);
}
