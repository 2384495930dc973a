import type { Browser, Page } from "@playwright/test";

import { ADMIN_STORAGE_STATE, APP_ORIGIN } from "./support/constants";
import { expect, test } from "./support/fixtures";
import { translatorFor } from "./support/i18n";

// Languages (issue 21): the header's switch, what decides the language without it, and what
// reaches the browser. Runs in the English project only (not in ZH_CN_SPECS): it switches languages itself.

const en = translatorFor("en");
const zh = translatorFor("zh-CN");

const nav = (page: Page) => page.getByRole("navigation", { name: /^(Main|主导航)$/ });
const languageSwitch = (page: Page) => page.getByRole("combobox", { name: /^(Language|语言)$/ });

async function freshContext(browser: Browser, locale: string) {
  return browser.newContext({ storageState: ADMIN_STORAGE_STATE, locale, baseURL: APP_ORIGIN });
}

test("switching to 中文 in the header changes the page's words, and the choice holds across reloads", async ({
  browser,
}) => {
  const context = await freshContext(browser, "en-US");
  const page = await context.newPage();
  await page.goto("/apps");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(nav(page).getByRole("link", { name: en("shell.nav.apps"), exact: true })).toBeVisible();

  await languageSwitch(page).selectOption({ label: "中文" });
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(nav(page).getByRole("link", { name: zh("shell.nav.apps"), exact: true })).toBeVisible();
  await expect(nav(page)).toHaveAccessibleName(zh("shell.nav.label"));
  await expect(page.getByRole("note")).toContainText(zh("shell.backend.sandboxTitle"));
  await expect(page).toHaveTitle(new RegExp(zh("shell.brand")));

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(languageSwitch(page)).toHaveValue("zh-CN");
  await expect(nav(page).getByRole("link", { name: zh("shell.nav.audit"), exact: true })).toBeVisible();

  // Another page of the same browser: the cookie, not the page, holds the choice.
  await page.goto("/templates");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  await languageSwitch(page).selectOption({ label: "English" });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(nav(page).getByRole("link", { name: en("shell.nav.templates"), exact: true })).toBeVisible();
  await context.close();
});

test("without a choice the browser's language decides; a choice outranks it", async ({ browser }) => {
  const chinese = await freshContext(browser, "zh-CN");
  const page = await chinese.newPage();
  await page.goto("/apps");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(nav(page).getByRole("link", { name: zh("shell.nav.apps"), exact: true })).toBeVisible();

  await languageSwitch(page).selectOption({ label: "English" });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await chinese.close();

  // A language ESA's people rarely use here: English, not an error.
  const french = await freshContext(browser, "fr-FR");
  const other = await french.newPage();
  await other.goto("/apps");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await french.close();
});

test("a page carries only the active language's messages, and only the namespaces its client components use", async ({
  browser,
}) => {
  const html = async (path: string, locale: string) => {
    const context = await freshContext(browser, "en-US");
    await context.addCookies([{ name: "STUDIO_LOCALE", value: locale, url: APP_ORIGIN }]);
    const text = await (await context.request.get(path)).text();
    await context.close();
    return text;
  };
  const english = await html("/apps", "en");
  expect(english).toContain('<html lang="en"');
  // The other catalog's words are not in the page (the language switch names the languages only).
  expect(english).not.toContain(zh("shell.backend.sandboxBodyNoEndpoint"));
  expect(english).not.toContain(zh("shell.account.signOutEverywhere"));
  const chinese = await html("/apps", "zh-CN");
  expect(chinese).toContain('<html lang="zh-CN"');
  expect(chinese).toContain(zh("shell.account.signOutEverywhere"));
  expect(chinese).not.toContain(en("shell.account.signOutEverywhere"));
});

test("the browser's time zone reaches the server, and times name their zone", async ({ browser }) => {
  const context = await browser.newContext({
    storageState: ADMIN_STORAGE_STATE,
    locale: "en-US",
    timezoneId: "Asia/Shanghai",
    baseURL: APP_ORIGIN,
  });
  const page = await context.newPage();
  await page.goto("/apps");
  await expect
    .poll(async () => (await context.cookies()).find((c) => c.name === "STUDIO_TZ")?.value)
    .toBe("Asia%2FShanghai");
  await context.close();
});
