import type { Browser, Locator, Page } from "@playwright/test";
import { createFormatter } from "next-intl";
import { FORMATS } from "../lib/i18n/formats";
import { ADMIN_STORAGE_STATE, APP_ORIGIN, SETTLE_TIMEOUT_MS } from "./support/constants";
import { EditorPage } from "./support/editor";
import { expect, test } from "./support/fixtures";
import { catalogLocale, type T } from "./support/i18n";
import { expectAxeClean, expectSameDocument, markDocument } from "./support/page-checks";
import { GATEWAY, RESIZER, SHOP } from "./support/seed";

// Browsing apps and versions against the embedded sandbox: list state in the URL, the app and
// version pages, versions that settle from `creating` while the page is open, and the error and
// not-found states. Runs in every language (playwright.config.ts, ZH_CN_SPECS): elements are
// found by the words of the project's catalog, `t`.

const appsTable = (page: Page, t: T) => page.getByRole("table", { name: t("apps.table.caption") });
const versionsTable = (page: Page, t: T) =>
  page.getByRole("table", { name: t("versions.table.caption") });
const pagination = (page: Page, t: T) =>
  page.getByRole("navigation", { name: t("browse.pagination.label") });
/** "1–20 of 48 applications · Page 1 of 3", under the table. */
const pageSummary = (page: Page, t: T) => pagination(page, t).getByTestId("page-summary");
/** The summary's words for applications `from`–`to` of `total`, on page `page` of `pages`. */
const appsSummary = (t: T, from: number, to: number, total: number, page: number, pages: number) =>
  t("browse.pagination.summary", { from, to, total, kind: "apps", page, pages });
/** What a list shows instead of an empty table, found by the words it starts with. */
const emptyList = (page: Page, title: string) =>
  page.getByRole("status", { includeHidden: true }).filter({ hasText: title });
/** A failed read (Next.js has its own role="alert" route announcer, hence the filter). */
const loadError = (page: Page, t: T) =>
  page.getByRole("alert", { includeHidden: true }).filter({ hasText: t("apps.loadFailed") });
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A sortable column header, found by the start of its name (the rest says how it sorts). */
const columnHeader = (page: Page, label: string) =>
  page.getByRole("columnheader", { name: new RegExp(`^${escapeRegExp(label)}`) });
/** A time as the pages show it ("stamp", naming its zone) to a browser in UTC. */
const stamp = (browserLocale: string | undefined, iso: string) =>
  createFormatter({ locale: catalogLocale(browserLocale), timeZone: "UTC", formats: FORMATS }).dateTime(
    new Date(iso),
    "stamp",
  );
/** A container's card on the version page: a region named "Container <name>". */
const containerCard = (page: Page, t: T, name: string) =>
  page.getByRole("region", { name: `${t("versions.container.heading")} ${name}` });

/** Names in the first column of a table's body rows, in order. */
async function firstColumn(table: Locator): Promise<string[]> {
  return (await table.locator("tbody tr td:first-child a").allTextContents()).map((s) => s.trim());
}

/**
 * Creates a one-container version of shop-frontend with a secret-looking variable, through the
 * editor as a person would, and returns its Version ID. The editor runs in English in a browser
 * of its own: it is this spec's way to a `creating` version, not what it checks (the editor's
 * own specs check it in every language), so its English words here are deliberate.
 */
async function createVersionThroughEditor(browser: Browser, name: string): Promise<string> {
  const context = await browser.newContext({
    baseURL: APP_ORIGIN,
    storageState: ADMIN_STORAGE_STATE,
    locale: "en-US",
  });
  try {
    return await createVersionIn(new EditorPage(await context.newPage()), name);
  } finally {
    await context.close();
  }
}

async function createVersionIn(editor: EditorPage, name: string): Promise<string> {
  await editor.open();
  await editor.versionName.fill(name);
  const container = editor.card(1);
  await editor.containerName(1).fill("app");
  await editor.image(1).fill("nginx:1.25");
  await container.getByRole("tab", { name: "Text" }).click();
  await container.getByLabel("Variables as text").fill("LOG_LEVEL=info\nDB_PASSWORD=s3cr3t");
  await editor.probeType(1, "tcpSocket").click();
  await editor.port(1).fill("8080");
  await editor.submitAndConfirm();
  const success = editor.successAlert;
  await expect(success).toContainText("Version created");
  const link = success.getByRole("link", { name: /^ver-/ });
  return ((await link.textContent()) ?? "").trim();
}

test.describe("application list", () => {
  test.use({ sandboxSeed: "large" });

  test("pages through more apps than one page holds; the page is in the URL and survives a reload", async ({
    page,
    t,
  }) => {
    await page.goto("/apps");
    await expect(pageSummary(page, t)).toHaveText(appsSummary(t, 1, 20, 48, 1, 3));
    const first = await firstColumn(appsTable(page, t));
    expect(first).toHaveLength(20);

    await pagination(page, t).getByRole("link", { name: t("browse.pagination.next") }).click();
    await expect(page).toHaveURL(/\/apps\?page=2$/);
    await expect(pageSummary(page, t)).toHaveText(appsSummary(t, 21, 40, 48, 2, 3));
    const second = await firstColumn(appsTable(page, t));
    expect(second).toHaveLength(20);
    expect(second.filter((name) => first.includes(name))).toEqual([]);

    await page.reload();
    await expect(pageSummary(page, t)).toHaveText(appsSummary(t, 21, 40, 48, 2, 3));
    await expect.poll(() => firstColumn(appsTable(page, t))).toEqual(second);

    await pagination(page, t).getByRole("link", { name: t("browse.pagination.last") }).click();
    await expect(page).toHaveURL(/page=3$/);
    await expect.poll(() => firstColumn(appsTable(page, t))).toHaveLength(8);
    // The last page has no Next link, only a disabled marker.
    await expect(
      pagination(page, t).getByRole("link", { name: t("browse.pagination.next") }),
    ).toHaveCount(0);
  });

  test("sorts by name descending from the column header, with aria-sort, and keeps it on reload", async ({
    page,
    t,
  }) => {
    await page.goto("/apps");
    const nameHeader = columnHeader(page, t("apps.table.name"));
    await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    const ascending = await firstColumn(appsTable(page, t));
    expect(ascending[0]).toBe("api-gateway-edge");

    await nameHeader.getByRole("link").click();
    await expect(page).toHaveURL(/\/apps\?order=desc$/);
    await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
    const descending = await firstColumn(appsTable(page, t));
    expect(descending.slice(0, 4)).toEqual([
      "shop-frontend",
      "image-resizer",
      "edge-cache-warmer",
      "batch-worker-44",
    ]);
    expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a, "en")));

    await page.reload();
    await expect(columnHeader(page, t("apps.table.name"))).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect.poll(() => firstColumn(appsTable(page, t))).toEqual(descending);

    // Another column starts newest first and returns to page 1.
    await page.goto("/apps?order=desc&page=2");
    await columnHeader(page, t("apps.table.created")).getByRole("link").click();
    await expect(page).toHaveURL(/\/apps\?sort=created&order=desc$/);
    await expect(columnHeader(page, t("apps.table.created"))).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    expect((await firstColumn(appsTable(page, t)))[0]).toBe("edge-cache-warmer");
  });

  test("search narrows the list by name or App ID, sits in the URL, and has an empty state with a way out", async ({
    page,
    sandbox,
    t,
  }) => {
    await page.goto("/apps");
    const search = page.getByRole("search", { name: t("apps.searchLandmark") });
    await search.getByLabel(t("apps.searchLabel")).fill("worker-1");
    await search.getByRole("button", { name: t("browse.search.submit") }).click();
    await expect(page).toHaveURL(/[?&]q=worker-1(&|$)/);
    await expect(pageSummary(page, t)).toHaveText(appsSummary(t, 1, 10, 10, 1, 1));
    const matches = await firstColumn(appsTable(page, t));
    expect(matches).toEqual(Array.from({ length: 10 }, (_, i) => `batch-worker-1${i}`));

    await page.reload();
    await expect(page.getByLabel(t("apps.searchLabel"))).toHaveValue("worker-1");
    // The input is restored from the URL before the table's rows stream in: wait for them.
    await expect.poll(() => firstColumn(appsTable(page, t))).toEqual(matches);

    await search.getByLabel(t("apps.searchLabel")).fill("790003");
    await search.getByLabel(t("browse.search.by")).selectOption("id");
    await search.getByRole("button", { name: t("browse.search.submit") }).click();
    await expect(page).toHaveURL(/[?&]by=id(&|$)/);
    await expect.poll(() => firstColumn(appsTable(page, t))).toEqual(["api-gateway-edge"]);
    const listed = await sandbox.requests("ListEdgeContainerApps");
    expect(listed.at(-1)?.query).toMatchObject({ SearchKey: "790003", SearchType: "Appid" });

    await search.getByLabel(t("apps.searchLabel")).fill("no-such-app");
    await search.getByLabel(t("browse.search.by")).selectOption("name");
    await search.getByRole("button", { name: t("browse.search.submit") }).click();
    const noMatch = t("apps.empty.noMatch", { q: "no-such-app" });
    const empty = emptyList(page, noMatch);
    await expect(empty).toContainText(noMatch);
    await empty.getByRole("link", { name: t("browse.search.clear") }).click();
    await expect(page).toHaveURL(/\/apps$/);
    await expect(pageSummary(page, t)).toHaveText(appsSummary(t, 1, 20, 48, 1, 3));
  });

  test("bad values in the URL fall back to the defaults instead of failing", async ({ page, t }) => {
    const response = await page.goto("/apps?page=abc&size=7&sort=bogus&order=sideways&by=email&q=");
    expect(response?.status()).toBe(200);
    await expect(pageSummary(page, t)).toHaveText(appsSummary(t, 1, 20, 48, 1, 3));
    await expect(columnHeader(page, t("apps.table.name"))).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await page.goto("/apps?page=9");
    const pastEnd = t("browse.pastEnd", { page: 9 });
    await expect(emptyList(page, pastEnd)).toContainText(pastEnd);
    await page.getByRole("link", { name: t("browse.goToPage", { page: 3 }) }).click();
    await expect(pageSummary(page, t)).toHaveText(appsSummary(t, 41, 48, 48, 3, 3));
  });

  test("a failing service shows its message for people and a Retry that recovers", async ({
    page,
    sandbox,
    t,
  }) => {
    // Reads are retried twice by lib/esa, so three failures reach the page.
    await sandbox.injectFault("ListEdgeContainerApps", "internal-error", 3);
    await page.goto("/apps");
    const error = loadError(page, t);
    await expect(error).toContainText(t("apps.loadFailed"));
    await expect(error).toContainText(
      t("esa.advice.internalError", { phrase: t("esa.action.ListEdgeContainerApps") }),
    );
    // The service code stays as ESA sends it, beside the explanation in the reader's language.
    await expect(error).toContainText("InternalError");
    await expect(error).not.toContainText(/at \w+ \(|node_modules|Error:/);
    await error.getByRole("button", { name: t("browse.loadError.retry") }).click();
    await expect(appsTable(page, t)).toBeVisible();
    await expect(loadError(page, t)).toHaveCount(0);
  });

  test("the list page has no axe violations", async ({ page, t }) => {
    await page.goto("/apps?q=batch&order=desc");
    await expect(appsTable(page, t)).toBeVisible();
    await expectAxeClean(page);
  });
});

test.describe("application and version pages", () => {
  // Times are shown in the browser's zone: pin it, so the expected words do not depend on the host.
  test.use({ timezoneId: "UTC" });

  test("the app page shows the app's details and its versions with status, sortable and searchable", async ({
    page,
    locale,
    t,
  }) => {
    await page.goto("/apps");
    await page.getByRole("link", { name: "api-gateway-edge", exact: true }).click();
    await expect(page).toHaveURL(`/apps/${GATEWAY}`);
    await expect(page.getByRole("heading", { level: 1, name: "api-gateway-edge" })).toBeVisible();
    const details = page.getByRole("region", { name: t("apps.details.title") });
    await expect(details).toContainText("api-gateway-edge.edge-demo.example.com");
    await expect(details).toContainText(t("apps.details.gateway.l4"));
    await expect(details).toContainText(t("apps.details.portsValue", { service: 443, target: 8443 }));
    await expect(details).toContainText("Envoy in front of the public API");
    // In the reader's language and time zone (the browser's, UTC here), which it names.
    await expect(details.locator('time[datetime="2025-04-18T03:20:45Z"]')).toHaveText(
      stamp(locale, "2025-04-18T03:20:45Z"),
    );

    // Newest first by default; every version shows its status.
    const table = versionsTable(page, t);
    await expect
      .poll(() => firstColumn(table))
      .toEqual(["envoy-1.31-canary", "envoy-1.30-upgrade", "envoy-1.29-baseline"]);
    await expect(table.locator("[data-status]")).toHaveText(Array(3).fill(t("browse.status.created")));
    await expect(
      table.getByRole("link", { name: "envoy-1.30-upgrade", exact: true }),
    ).toHaveAttribute("href", `/apps/${GATEWAY}/versions/ver-100000000000000302`);
    await expect(
      table.getByRole("link", {
        // The visible words, then the version's name for screen readers (its own element).
        name: `${t("versions.newFromThis")} ${t("versions.table.forVersion", { name: "envoy-1.29-baseline" }).trim()}`,
      }),
    ).toHaveAttribute("href", `/apps/${GATEWAY}/versions/new?from=ver-100000000000000301`);

    await columnHeader(page, t("apps.table.name")).getByRole("link").click();
    await expect(page).toHaveURL(`/apps/${GATEWAY}?sort=name&order=asc`);
    await expect
      .poll(() => firstColumn(versionsTable(page, t)))
      .toEqual(["envoy-1.29-baseline", "envoy-1.30-upgrade", "envoy-1.31-canary"]);

    const search = page.getByRole("search", { name: t("versions.searchLandmark") });
    await search.getByLabel(t("versions.searchLabel")).fill("302");
    await search.getByLabel(t("browse.search.by")).selectOption("id");
    await search.getByRole("button", { name: t("browse.search.submit") }).click();
    await expect(page).toHaveURL(/[?&]q=302(&|$)/);
    await expect.poll(() => firstColumn(versionsTable(page, t))).toEqual(["envoy-1.30-upgrade"]);
    await page.reload();
    await expect.poll(() => firstColumn(versionsTable(page, t))).toEqual(["envoy-1.30-upgrade"]);
    await expectAxeClean(page);
  });

  test("an app without versions says so and offers to create the first", async ({ page, t }) => {
    await page.goto("/apps/app-880688675783790004");
    const empty = emptyList(page, t("versions.empty.none"));
    await expect(empty).toContainText(t("versions.empty.none"));
    await expect(empty.getByRole("link", { name: t("versions.empty.createFirst") })).toHaveAttribute(
      "href",
      "/apps/app-880688675783790004/versions/new",
    );
  });

  test("a version just created shows `creating` in the app's list and settles to `created` without a reload", async ({
    page,
    browser,
    t,
  }) => {
    await createVersionThroughEditor(browser, "browse-list-settles");
    const polled = page.waitForRequest((r) => r.url().includes(`/api/apps/${SHOP}/versions`));
    await page.goto(`/apps/${SHOP}`);
    await markDocument(page);
    const row = versionsTable(page, t).getByRole("row").filter({ hasText: "browse-list-settles" });
    await expect(row.locator("[data-status]")).toHaveText(t("browse.status.creating"));
    await expect(
      page.getByText(t("versions.settlingList")),
    ).toBeVisible();
    await polled;
    await expect(row.locator("[data-status]")).toHaveText(t("browse.status.created"), {
      timeout: SETTLE_TIMEOUT_MS,
    });
    await expect(page.getByText(t("versions.settlingList"))).toHaveCount(0);
    await expectSameDocument(page);
  });

  test("the version page shows `creating` until settled, masks the secret value and reveals it on request", async ({
    page,
    browser,
    sandbox,
    t,
  }) => {
    const versionId = await createVersionThroughEditor(browser, "browse-version-settles");
    await page.goto(`/apps/${SHOP}/versions/${versionId}`);
    await markDocument(page);
    await expect(
      page.getByRole("heading", { level: 1, name: "browse-version-settles" }),
    ).toBeVisible();
    const status = page.locator("main [data-status]").first();
    await expect(status).toHaveText(t("browse.status.creating"));
    await expect(status).toHaveText(t("browse.status.created"), { timeout: SETTLE_TIMEOUT_MS });
    await expectSameDocument(page);
    const fetched = (await sandbox.requests("GetEdgeContainerAppVersion")).filter(
      (r) => r.query.VersionId === versionId,
    );
    expect(fetched.length).toBeGreaterThan(1);

    const card = containerCard(page, t, "app");
    await expect(card).toContainText("nginx:1.25");
    await expect(card).toContainText(t("common.specDescribed", { vcpu: 1, memory: 2 }));
    const secret = card.getByRole("row", { name: /DB_PASSWORD/ });
    await expect(secret).toContainText("••••••");
    await expect(secret).not.toContainText("s3cr3t");
    await expect(card.getByRole("row", { name: /LOG_LEVEL/ })).toContainText("info");

    await page.getByText(t("versions.raw.open")).click();
    const raw = page.getByRole("region", { name: t("versions.raw.region") });
    await expect(raw).toContainText("DB_PASSWORD=••••••");
    await expect(raw).not.toContainText("s3cr3t");

    await page.getByLabel(t("versions.detail.reveal")).click();
    await expect(secret).toContainText("s3cr3t");
    await expect(raw).toContainText("DB_PASSWORD=s3cr3t");
    await page.getByLabel(t("versions.detail.reveal")).click();
    await expect(secret).not.toContainText("s3cr3t");

    await expect(page.getByRole("link", { name: t("versions.newFromThis") })).toHaveAttribute(
      "href",
      `/apps/${SHOP}/versions/new?from=${versionId}`,
    );
  });

  test("the version page spells out the whole definition: ACR image, spec, hooks, probe", async ({
    page,
    t,
  }) => {
    await page.goto(`/apps/${SHOP}/versions/ver-100000000000000101`);
    await expect(page.getByRole("heading", { level: 1, name: "v1-initial-release" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: t("browse.breadcrumb") })).toContainText(
      "shop-frontend",
    );
    const web = containerCard(page, t, "web");
    await expect(web).toContainText(t("versions.image.acr"));
    await expect(web).toContainText("crr-8x2kq9v4m1demo");
    await expect(web).toContainText("version-studio/shop-frontend");
    await expect(web).toContainText(t("common.specDescribed", { vcpu: 1, memory: 2 }));
    await expect(web).toContainText("0.5 GB");
    await expect(web).toContainText("server.js --port 3000");
    await expect(web).toContainText("sh -c 'echo started > /tmp/ready'");
    await expect(web).toContainText(t("versions.probe.kind.httpGet"));
    await expect(web).toContainText("http://shop.example.com:3000/healthz");
    await expect(web).toContainText("Content-Type: application/json");
    await expect(web).toContainText("10 s");
    await expect(page.getByText(t("versions.detail.noSecrets"))).toBeVisible();
    await expectAxeClean(page);

    // PostStart sent back as {"exec":{"command":[…]}} reads as a command line.
    await page.goto(`/apps/${RESIZER}/versions/ver-100000000000000201`);
    const resizer = containerCard(page, t, "resizer");
    await expect(resizer).toContainText("sh -c 'echo hi'");
    await expect(resizer).not.toContainText('{"exec"');
    await expect(resizer).toContainText(t("common.specDescribed", { vcpu: 2, memory: 4 }));
    await expect(resizer).toContainText(t("versions.probe.kind.tcpSocket"));
  });

  test("an unknown app or version shows a not-found state that says what to do", async ({
    page,
    request,
    locale,
    t,
  }) => {
    await page.goto("/apps/app-000000000000000000000");
    await expect(
      page.getByRole("heading", { level: 1, name: t("browse.missing.appTitle") }),
    ).toBeVisible();
    await expect(page.getByRole("main")).toContainText("app-000000000000000000000");
    await page.getByRole("link", { name: t("browse.missing.allApps") }).click();
    await expect(page).toHaveURL("/apps");

    await page.goto(`/apps/${SHOP}/versions/ver-999999999999999999`);
    await expect(page.getByRole("heading", { level: 1, name: t("browse.missing.versionTitle") })).toBeVisible();
    await expect(page.getByRole("link", { name: t("browse.missing.backToApp") })).toHaveAttribute(
      "href",
      `/apps/${SHOP}`,
    );

    // The route handlers answer the same way, as JSON without internals, in the asker's language.
    const api = await request.get("/api/apps/app-000000000000000000000/versions", {
      headers: { "accept-language": locale ?? "en-US" },
    });
    expect(api.status()).toBe(404);
    const body = (await api.json()) as { error: Record<string, unknown> };
    expect(body.error.code).toBe("InvalidApp.NotFound");
    expect(body.error.message).toBe(t("esa.advice.appNotFound"));
    expect(JSON.stringify(body)).not.toMatch(/stack|node_modules|AccessKey/i);
  });
});
