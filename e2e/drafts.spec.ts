import { expect, test, type Page } from "@playwright/test";
import { resetSandbox } from "./support/sandbox";

const EDITOR = "/apps/app-880688675783790002/versions/new";
const region = (page: Page, n: number) =>
  page.getByRole("region", { name: new RegExp(`^Container ${n}\\b`) });

test.beforeEach(async () => {
  await resetSandbox();
});

test("a reload mid-edit restores the draft; discard returns to a clean form", async ({ page }) => {
  await page.goto(EDITOR);
  await page.getByLabel("Version name").fill("draft-survives-reload");
  await region(page, 1).getByLabel("Image", { exact: true }).fill("nginx:1.27");
  await page.getByRole("button", { name: "Add container" }).click();
  await region(page, 2).getByLabel("Container name").fill("sidecar");
  // The draft is saved debounced; wait until it is in storage before "crashing" the tab.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? "").includes("sidecar")),
      ),
    )
    .toBe(true);

  await page.reload();
  await expect(page.getByTestId("draft-notice")).toContainText("Restored draft from");
  await expect(page.getByLabel("Version name")).toHaveValue("draft-survives-reload");
  await expect(region(page, 1).getByLabel("Image", { exact: true })).toHaveValue("nginx:1.27");
  await expect(region(page, 2).getByLabel("Container name")).toHaveValue("sidecar");

  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByTestId("draft-notice")).toHaveCount(0);
  await expect(page.getByLabel("Version name")).toHaveValue("");
  await expect(region(page, 2)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("draft-notice")).toHaveCount(0);
});

test("the draft is kept after a failed submit and cleared only after a confirmed create", async ({
  page,
}) => {
  await page.goto(EDITOR);
  await page.getByLabel("Version name").fill("resizer-2025-04"); // taken by a seeded version with other content
  await region(page, 1).getByLabel("Image", { exact: true }).fill("nginx:1.27");
  await region(page, 1).getByLabel("Port", { exact: true }).fill("80");
  await page.getByRole("button", { name: "Create version" }).click();
  await page.getByRole("button", { name: "Confirm and create" }).click();
  await expect(page.getByLabel("Version name")).toHaveAccessibleDescription(
    /already uses this name|already has a version/,
  );

  await page.reload();
  await expect(page.getByTestId("draft-notice")).toBeVisible();
  await expect(page.getByLabel("Version name")).toHaveValue("resizer-2025-04");

  await page.getByLabel("Version name").fill("resizer-2025-05");
  await page.getByRole("button", { name: "Create version" }).click();
  await page.getByRole("button", { name: "Confirm and create" }).click();
  await expect(page.getByTestId("submit-success")).toContainText("Version created");
  await page.reload();
  await expect(page.getByTestId("draft-notice")).toHaveCount(0);
  await expect(page.getByLabel("Version name")).toHaveValue("");
});

test("leaving with unsaved changes asks first", async ({ page }) => {
  await page.goto(EDITOR);
  await page.getByLabel("Version name").fill("unsaved-work");
  const dialog = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await dialog).toBe("beforeunload");
});
