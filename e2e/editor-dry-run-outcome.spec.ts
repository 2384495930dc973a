import { expect, test } from "@playwright/test";
import { failureAlert, fillValidMinimum, openEditor, remarks, versionName } from "./support/editor";
import { resetSandbox } from "./support/sandbox";

test.beforeEach(async () => {
  await resetSandbox();
});

const validate = (page: import("@playwright/test").Page) =>
  page.getByRole("button", { name: "Validate (dry run)" }).click();

test("a dry run's ValidationFailed goes when the field it named changes, not when another does", async ({ page }) => {
  await openEditor(page);
  await fillValidMinimum(page, "v1-initial-release"); // taken in this app
  await validate(page);
  await expect(failureAlert(page)).toContainText("ValidationFailed");

  await remarks(page).fill("not the named field");
  await expect(failureAlert(page)).toContainText("ValidationFailed");

  await versionName(page).fill("v1-initial-release-next");
  await expect(failureAlert(page)).toHaveCount(0);
});

test("the wire view offers Containers wrapped for reading next to the exact one-line string", async ({ page }) => {
  await openEditor(page);
  await fillValidMinimum(page, "release-e2e-wire-view");
  await page.getByRole("tab", { name: "Wire form" }).click();
  const exact = JSON.parse((await page.getByTestId("preview-wire").textContent()) ?? "") as { Containers: string };
  await page.getByText("Containers, wrapped for reading").first().click();
  const wrapped = page.getByTestId("preview-wire-containers");
  await expect(wrapped).toContainText('"Image": "nginx:1.25"');
  const text = (await wrapped.textContent()) ?? "";
  expect(text.split("\n").length).toBeGreaterThan(10);
  expect(JSON.parse(text)).toEqual(JSON.parse(exact.Containers));
});
