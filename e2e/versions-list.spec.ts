import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { BUSY } from "./support/seed";

// An app's version list with dozens of versions: search by name, a status filter (ours: ESA's
// list has none), sorting by created and updated, all in the URL like /apps.

const FAILED = ["release-28", "release-21", "release-14", "release-07"]; // newest first

test.use({ sandboxSeed: "large" });

const versionsTable = (page: Page) =>
  page.getByRole("table", { name: "Versions of this application" });
const names = async (page: Page) =>
  (await versionsTable(page).locator("tbody tr td:first-child a").allTextContents()).map((s) =>
    s.trim(),
  );
const search = (page: Page) => page.getByRole("search", { name: "Find versions" });

test("the status filter narrows the list, sits in the URL, and survives sorting and reload", async ({
  page,
  sandbox,
}) => {
  await page.goto(`/apps/${BUSY}`);
  await expect(page.getByText("30 versions.", { exact: false })).toBeVisible();
  await expect.poll(() => names(page)).toHaveLength(20);

  await search(page).getByLabel("Status").selectOption("failed");
  await search(page).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]status=failed(&|$)/);
  await expect.poll(() => names(page)).toEqual(FAILED);
  await expect(versionsTable(page).locator("[data-status]")).toHaveText(FAILED.map(() => "failed"));
  await expect(page.getByText("4 failed versions.", { exact: false })).toBeVisible();

  // Sorting keeps the filter; the oldest versions were updated last.
  await page
    .getByRole("columnheader", { name: /^Updated/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/status=failed/);
  await expect(page).toHaveURL(/sort=updated/);
  await expect.poll(() => names(page)).toEqual([...FAILED].reverse());

  await page.reload();
  await expect.poll(() => names(page)).toEqual([...FAILED].reverse());
  await expect(search(page).getByLabel("Status")).toHaveValue("failed");

  // ESA was never sent a status: the filter is applied here.
  const lists = await sandbox.requests("ListEdgeContainerAppVersions");
  expect(lists.length).toBeGreaterThan(0);
  for (const r of lists) expect({ ...r.query, ...r.body }).not.toHaveProperty("Status");
});

test("a filtered list pages through its own matches", async ({ page }) => {
  await page.goto(`/apps/${BUSY}?status=created`);
  await expect(page.getByText("26 created versions.", { exact: false })).toBeVisible();
  await expect.poll(() => names(page)).toHaveLength(20);
  await page.getByRole("link", { name: /next/i }).first().click();
  await expect(page).toHaveURL(/status=created/);
  await expect(page).toHaveURL(/page=2/);
  await expect
    .poll(() => names(page))
    .toEqual(["release-06", "release-05", "release-04", "release-03", "release-02", "release-01"]);
});

test("search by name and sort by created or updated", async ({ page }) => {
  await page.goto(`/apps/${BUSY}`);
  await search(page).getByLabel("Search versions").fill("release-1");
  await search(page).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=release-1(&|$)/);
  const teens = Array.from({ length: 10 }, (_, i) => `release-${10 + i}`);
  await expect.poll(() => names(page)).toEqual([...teens].reverse()); // created, newest first

  await page
    .getByRole("columnheader", { name: /^Updated/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/q=release-1.*sort=updated|sort=updated.*q=release-1/);
  await expect.poll(() => names(page)).toEqual(teens); // updated, newest first

  // Back to created, newest first: the default, so the URL drops the sort.
  await page
    .getByRole("columnheader", { name: /^Created/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(`/apps/${BUSY}?q=release-1`);
  await expect.poll(() => names(page)).toEqual([...teens].reverse());
});

test("a status with no versions says so and offers every status again", async ({ page }) => {
  await page.goto(`/apps/${BUSY}?status=creating`);
  const empty = page.getByRole("status").filter({ hasText: "No creating versions." });
  await expect(empty).toContainText("No creating versions.");
  await empty.getByRole("link", { name: "Show every status" }).click();
  await expect(page).toHaveURL(`/apps/${BUSY}`);
  await expect.poll(async () => (await names(page)).length).toBe(20);
});
