import type { Locator, Page } from "@playwright/test";
import { SETTLE_TIMEOUT_MS } from "./support/constants";
import type { EditorPage } from "./support/editor";
import { expect, test } from "./support/fixtures";
import { expectAxeClean, expectSameDocument, markDocument } from "./support/page-checks";
import { GATEWAY, RESIZER, SHOP } from "./support/seed";

// Browsing apps and versions against the embedded sandbox: list state in the URL, the app and
// version pages, versions that settle from `creating` while the page is open, and the error and
// not-found states.

const appsTable = (page: Page) => page.getByRole("table", { name: "Edge container applications" });
const versionsTable = (page: Page) =>
  page.getByRole("table", { name: "Versions of this application" });
/** "1–20 of 48 applications · Page 1 of 3", under the table. */
const pageSummary = (page: Page) =>
  page.getByRole("navigation", { name: "Pagination" }).getByText(/ · Page \d+ of \d+$/);
/** What a list shows instead of an empty table, found by the words it starts with. */
const emptyList = (page: Page, title: string) =>
  page.getByRole("status", { includeHidden: true }).filter({ hasText: title });
/** A failed read (Next.js has its own role="alert" route announcer, hence the filter). */
const loadError = (page: Page) =>
  page
    .getByRole("alert", { includeHidden: true })
    .filter({ hasText: "Could not load applications" });

/** Names in the first column of a table's body rows, in order. */
async function firstColumn(table: Locator): Promise<string[]> {
  return (await table.locator("tbody tr td:first-child a").allTextContents()).map((s) => s.trim());
}

/** Creates a one-container version of shop-frontend with a secret-looking variable, through the
 * editor as a person would, and returns the success message's link to the new version. */
async function createVersionThroughEditor(editor: EditorPage, name: string): Promise<Locator> {
  await editor.open();
  await editor.versionName.fill(name);
  const container = editor.card(1);
  await editor.containerName(1).fill("app");
  await editor.image(1).fill("nginx:1.25");
  await container.getByRole("tab", { name: "Text" }).click();
  await container.getByLabel("Variables as text").fill("LOG_LEVEL=info\nDB_PASSWORD=s3cr3t");
  await editor.probeType(1, "tcpSocket").click();
  await editor.port(1).fill("8080");
  await editor.submitButton.click();
  await editor.reviewDialog.getByRole("button", { name: "Confirm and create" }).click();
  const success = editor.successAlert;
  await expect(success).toContainText("Version created");
  return success.getByRole("link", { name: /^ver-/ });
}

test.describe("application list", () => {
  test.use({ sandboxSeed: "large" });

  test("pages through more apps than one page holds; the page is in the URL and survives a reload", async ({
    page,
  }) => {
    await page.goto("/apps");
    await expect(pageSummary(page)).toHaveText("1–20 of 48 applications · Page 1 of 3");
    const first = await firstColumn(appsTable(page));
    expect(first).toHaveLength(20);

    await page
      .getByRole("navigation", { name: "Pagination" })
      .getByRole("link", { name: "Next" })
      .click();
    await expect(page).toHaveURL(/\/apps\?page=2$/);
    await expect(pageSummary(page)).toHaveText("21–40 of 48 applications · Page 2 of 3");
    const second = await firstColumn(appsTable(page));
    expect(second).toHaveLength(20);
    expect(second.filter((name) => first.includes(name))).toEqual([]);

    await page.reload();
    await expect(pageSummary(page)).toHaveText("21–40 of 48 applications · Page 2 of 3");
    await expect.poll(() => firstColumn(appsTable(page))).toEqual(second);

    await page.getByRole("link", { name: "Last" }).click();
    await expect(page).toHaveURL(/page=3$/);
    await expect.poll(() => firstColumn(appsTable(page))).toHaveLength(8);
    // The last page has no Next link, only a disabled marker.
    await expect(
      page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }),
    ).toHaveCount(0);
  });

  test("sorts by name descending from the column header, with aria-sort, and keeps it on reload", async ({
    page,
  }) => {
    await page.goto("/apps");
    const nameHeader = page.getByRole("columnheader", { name: /^Name/ });
    await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    const ascending = await firstColumn(appsTable(page));
    expect(ascending[0]).toBe("api-gateway-edge");

    await nameHeader.getByRole("link").click();
    await expect(page).toHaveURL(/\/apps\?order=desc$/);
    await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
    const descending = await firstColumn(appsTable(page));
    expect(descending.slice(0, 4)).toEqual([
      "shop-frontend",
      "image-resizer",
      "edge-cache-warmer",
      "batch-worker-44",
    ]);
    expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a, "en")));

    await page.reload();
    await expect(page.getByRole("columnheader", { name: /^Name/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect.poll(() => firstColumn(appsTable(page))).toEqual(descending);

    // Another column starts newest first and returns to page 1.
    await page.goto("/apps?order=desc&page=2");
    await page
      .getByRole("columnheader", { name: /^Created/ })
      .getByRole("link")
      .click();
    await expect(page).toHaveURL(/\/apps\?sort=created&order=desc$/);
    await expect(page.getByRole("columnheader", { name: /^Created/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    expect((await firstColumn(appsTable(page)))[0]).toBe("edge-cache-warmer");
  });

  test("search narrows the list by name or App ID, sits in the URL, and has an empty state with a way out", async ({
    page,
    sandbox,
  }) => {
    await page.goto("/apps");
    const search = page.getByRole("search", { name: "Find applications" });
    await search.getByLabel("Search applications").fill("worker-1");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]q=worker-1(&|$)/);
    await expect(pageSummary(page)).toContainText("1–10 of 10 applications");
    const matches = await firstColumn(appsTable(page));
    expect(matches).toEqual(Array.from({ length: 10 }, (_, i) => `batch-worker-1${i}`));

    await page.reload();
    await expect(page.getByLabel("Search applications")).toHaveValue("worker-1");
    // The input is restored from the URL before the table's rows stream in: wait for them.
    await expect.poll(() => firstColumn(appsTable(page))).toEqual(matches);

    await search.getByLabel("Search applications").fill("790003");
    await search.getByLabel("Search by").selectOption("id");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]by=id(&|$)/);
    await expect.poll(() => firstColumn(appsTable(page))).toEqual(["api-gateway-edge"]);
    const listed = await sandbox.requests("ListEdgeContainerApps");
    expect(listed.at(-1)?.query).toMatchObject({ SearchKey: "790003", SearchType: "Appid" });

    await search.getByLabel("Search applications").fill("no-such-app");
    await search.getByLabel("Search by").selectOption("name");
    await search.getByRole("button", { name: "Search" }).click();
    const empty = emptyList(page, "No applications match");
    await expect(empty).toContainText("No applications match “no-such-app”.");
    await empty.getByRole("link", { name: "Clear search" }).click();
    await expect(page).toHaveURL(/\/apps$/);
    await expect(pageSummary(page)).toContainText("of 48 applications");
  });

  test("bad values in the URL fall back to the defaults instead of failing", async ({ page }) => {
    const response = await page.goto("/apps?page=abc&size=7&sort=bogus&order=sideways&by=email&q=");
    expect(response?.status()).toBe(200);
    await expect(pageSummary(page)).toHaveText("1–20 of 48 applications · Page 1 of 3");
    await expect(page.getByRole("columnheader", { name: /^Name/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await page.goto("/apps?page=9");
    await expect(emptyList(page, "Page 9")).toContainText("Page 9 is past the end");
    await page.getByRole("link", { name: "Go to page 3" }).click();
    await expect(pageSummary(page)).toHaveText("41–48 of 48 applications · Page 3 of 3");
  });

  test("a failing service shows its message for people and a Retry that recovers", async ({
    page,
    sandbox,
  }) => {
    // Reads are retried twice by lib/esa, so three failures reach the page.
    await sandbox.injectFault("ListEdgeContainerApps", "internal-error", 3);
    await page.goto("/apps");
    const error = loadError(page);
    await expect(error).toContainText("Could not load applications");
    await expect(error).toContainText(
      "ESA had an internal error and could not list the applications. Try again in a moment.",
    );
    await expect(error).not.toContainText(/at \w+ \(|node_modules|Error:/);
    await error.getByRole("button", { name: "Retry" }).click();
    await expect(appsTable(page)).toBeVisible();
    await expect(loadError(page)).toHaveCount(0);
  });

  test("the list page has no axe violations", async ({ page }) => {
    await page.goto("/apps?q=batch&order=desc");
    await expect(appsTable(page)).toBeVisible();
    await expectAxeClean(page);
  });
});

test.describe("application and version pages", () => {
  test("the app page shows the app's details and its versions with status, sortable and searchable", async ({
    page,
  }) => {
    await page.goto("/apps");
    await page.getByRole("link", { name: "api-gateway-edge", exact: true }).click();
    await expect(page).toHaveURL(`/apps/${GATEWAY}`);
    await expect(page.getByRole("heading", { level: 1, name: "api-gateway-edge" })).toBeVisible();
    const details = page.getByRole("region", { name: "Application details" });
    await expect(details).toContainText("api-gateway-edge.edge-demo.example.com");
    await expect(details).toContainText("Layer 4 (TCP/UDP)");
    await expect(details).toContainText("Service 443 → target 8443");
    await expect(details).toContainText("Envoy in front of the public API");
    await expect(details.locator('time[datetime="2025-04-18T03:20:45Z"]')).toHaveText(
      "18 Apr 2025, 03:20 UTC",
    );

    // Newest first by default; every version shows its status.
    const table = versionsTable(page);
    await expect
      .poll(() => firstColumn(table))
      .toEqual(["envoy-1.31-canary", "envoy-1.30-upgrade", "envoy-1.29-baseline"]);
    await expect(table.locator("[data-status]")).toHaveText(["created", "created", "created"]);
    await expect(
      table.getByRole("link", { name: "envoy-1.30-upgrade", exact: true }),
    ).toHaveAttribute("href", `/apps/${GATEWAY}/versions/ver-100000000000000302`);
    await expect(
      table.getByRole("link", { name: "New version from this (envoy-1.29-baseline)" }),
    ).toHaveAttribute("href", `/apps/${GATEWAY}/versions/new?from=ver-100000000000000301`);

    await page.getByRole("columnheader", { name: /^Name/ }).getByRole("link").click();
    await expect(page).toHaveURL(`/apps/${GATEWAY}?sort=name&order=asc`);
    await expect
      .poll(() => firstColumn(versionsTable(page)))
      .toEqual(["envoy-1.29-baseline", "envoy-1.30-upgrade", "envoy-1.31-canary"]);

    const search = page.getByRole("search", { name: "Find versions" });
    await search.getByLabel("Search versions").fill("302");
    await search.getByLabel("Search by").selectOption("id");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]q=302(&|$)/);
    await expect.poll(() => firstColumn(versionsTable(page))).toEqual(["envoy-1.30-upgrade"]);
    await page.reload();
    await expect.poll(() => firstColumn(versionsTable(page))).toEqual(["envoy-1.30-upgrade"]);
    await expectAxeClean(page);
  });

  test("an app without versions says so and offers to create the first", async ({ page }) => {
    await page.goto("/apps/app-880688675783790004");
    const empty = emptyList(page, "This application has no versions yet.");
    await expect(empty).toContainText("This application has no versions yet.");
    await expect(empty.getByRole("link", { name: "Create the first version" })).toHaveAttribute(
      "href",
      "/apps/app-880688675783790004/versions/new",
    );
  });

  test("a version just created shows `creating` in the app's list and settles to `created` without a reload", async ({
    page,
    editor,
  }) => {
    await createVersionThroughEditor(editor, "browse-list-settles");
    const polled = page.waitForRequest((r) => r.url().includes(`/api/apps/${SHOP}/versions`));
    await page.goto(`/apps/${SHOP}`);
    await markDocument(page);
    const row = versionsTable(page).getByRole("row").filter({ hasText: "browse-list-settles" });
    await expect(row.locator("[data-status]")).toHaveText("creating");
    await expect(
      page.getByText("A version is being created; this list refreshes until it is ready."),
    ).toBeVisible();
    await polled;
    await expect(row.locator("[data-status]")).toHaveText("created", {
      timeout: SETTLE_TIMEOUT_MS,
    });
    await expect(page.getByText("A version is being created")).toHaveCount(0);
    await expectSameDocument(page);
  });

  test("the version page shows `creating` until settled, masks the secret value and reveals it on request", async ({
    page,
    editor,
    sandbox,
  }) => {
    const link = await createVersionThroughEditor(editor, "browse-version-settles");
    const versionId = (await link.textContent())?.trim() ?? "";
    await link.click();
    await expect(page).toHaveURL(`/apps/${SHOP}/versions/${versionId}`);
    await markDocument(page);
    await expect(
      page.getByRole("heading", { level: 1, name: "browse-version-settles" }),
    ).toBeVisible();
    const status = page.locator("main [data-status]").first();
    await expect(status).toHaveText("creating");
    await expect(status).toHaveText("created", { timeout: SETTLE_TIMEOUT_MS });
    await expectSameDocument(page);
    const fetched = (await sandbox.requests("GetEdgeContainerAppVersion")).filter(
      (r) => r.query.VersionId === versionId,
    );
    expect(fetched.length).toBeGreaterThan(1);

    const card = page.getByRole("region", { name: "Container app" });
    await expect(card).toContainText("nginx:1.25");
    await expect(card).toContainText("1 vCPU, 2 GiB memory");
    const secret = card.getByRole("row", { name: /DB_PASSWORD/ });
    await expect(secret).toContainText("••••••");
    await expect(secret).not.toContainText("s3cr3t");
    await expect(card.getByRole("row", { name: /LOG_LEVEL/ })).toContainText("info");

    await page.getByText("View raw JSON").click();
    const raw = page.getByRole("region", { name: "Raw JSON" });
    await expect(raw).toContainText("DB_PASSWORD=••••••");
    await expect(raw).not.toContainText("s3cr3t");

    await page.getByLabel("Reveal secret values").click();
    await expect(secret).toContainText("s3cr3t");
    await expect(raw).toContainText("DB_PASSWORD=s3cr3t");
    await page.getByLabel("Reveal secret values").click();
    await expect(secret).not.toContainText("s3cr3t");

    await expect(page.getByRole("link", { name: "New version from this" })).toHaveAttribute(
      "href",
      `/apps/${SHOP}/versions/new?from=${versionId}`,
    );
  });

  test("the version page spells out the whole definition: ACR image, spec, hooks, probe", async ({
    page,
  }) => {
    await page.goto(`/apps/${SHOP}/versions/ver-100000000000000101`);
    await expect(page.getByRole("heading", { level: 1, name: "v1-initial-release" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(
      "shop-frontend",
    );
    const web = page.getByRole("region", { name: "Container web" });
    await expect(web).toContainText("Alibaba Cloud Container Registry (ACR)");
    await expect(web).toContainText("crr-8x2kq9v4m1demo");
    await expect(web).toContainText("version-studio/shop-frontend");
    await expect(web).toContainText("1 vCPU, 2 GiB memory");
    await expect(web).toContainText("0.5 GB");
    await expect(web).toContainText("server.js --port 3000");
    await expect(web).toContainText("sh -c 'echo started > /tmp/ready'");
    await expect(web).toContainText("httpGet: sends an HTTP GET request");
    await expect(web).toContainText("http://shop.example.com:3000/healthz");
    await expect(web).toContainText("Content-Type: application/json");
    await expect(web).toContainText("10 s");
    await expect(page.getByText("No secret-looking values to hide.")).toBeVisible();
    await expectAxeClean(page);

    // PostStart sent back as {"exec":{"command":[…]}} reads as a command line.
    await page.goto(`/apps/${RESIZER}/versions/ver-100000000000000201`);
    const resizer = page.getByRole("region", { name: "Container resizer" });
    await expect(resizer).toContainText("sh -c 'echo hi'");
    await expect(resizer).not.toContainText('{"exec"');
    await expect(resizer).toContainText("2 vCPU, 4 GiB memory");
    await expect(resizer).toContainText("tcpSocket: opens a TCP connection");
  });

  test("an unknown app or version shows a not-found state that says what to do", async ({
    page,
    request,
  }) => {
    await page.goto("/apps/app-000000000000000000000");
    await expect(
      page.getByRole("heading", { level: 1, name: "Application not found" }),
    ).toBeVisible();
    await expect(page.getByRole("main")).toContainText("app-000000000000000000000");
    await page.getByRole("link", { name: "All applications" }).click();
    await expect(page).toHaveURL("/apps");

    await page.goto(`/apps/${SHOP}/versions/ver-999999999999999999`);
    await expect(page.getByRole("heading", { level: 1, name: "Version not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the application" })).toHaveAttribute(
      "href",
      `/apps/${SHOP}`,
    );

    // The route handlers answer the same way, as JSON without internals.
    const api = await request.get("/api/apps/app-000000000000000000000/versions");
    expect(api.status()).toBe(404);
    const body = (await api.json()) as { error: Record<string, unknown> };
    expect(body.error.code).toBe("InvalidApp.NotFound");
    expect(body.error.message).toContain("ESA has no application with this ID");
    expect(JSON.stringify(body)).not.toMatch(/stack|node_modules|AccessKey/i);
  });
});
