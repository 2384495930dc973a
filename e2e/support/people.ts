import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { APP_ORIGIN } from "./constants";

// People besides the administrator, made the way an administrator makes them: an invitation on
// /admin, accepted in a browser of the invited person's own. Role tests build on these.

export interface Person {
  name: string;
  email: string;
  password: string;
}

export interface SignedIn {
  context: BrowserContext;
  page: Page;
}

let serial = 0;

/** A person nobody has invited yet (unique per run: the database lives as long as the run). */
export function newPersonDetails(label = "person"): Person {
  serial += 1;
  const id = `${label}-${Date.now().toString(36)}-${serial}`;
  return { name: `E2E ${label} ${serial}`, email: `${id}@example.test`, password: `password of ${id}` };
}

/** A browser of someone who has never signed in here: no cookies, nothing stored. */
export function anonymousContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: APP_ORIGIN, storageState: { cookies: [], origins: [] } });
}

/** Invites `email` from /admin as the signed-in administrator of `adminPage`; returns the link's path. */
export async function invite(adminPage: Page, email: string): Promise<string> {
  await adminPage.goto("/admin");
  const form = adminPage.getByRole("form", { name: "Invite a person" });
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Create invitation" }).click();
  const link = adminPage.getByRole("textbox", { name: "Invitation link" });
  await expect(link).toHaveValue(/\/invite\//);
  return new URL(await link.inputValue()).pathname;
}

/** Opens an invitation link in `page`, chooses name and password, and waits until signed in. */
export async function acceptInvitation(page: Page, path: string, person: Person): Promise<void> {
  await page.goto(path);
  await expect(page.getByText(`You are invited as ${person.email}`)).toBeVisible();
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(page).toHaveURL(/\/apps$/);
  await expect(page.getByRole("button", { name: `Account: ${person.name}` })).toBeVisible();
}

/**
 * A new local account, invited by the administrator of `adminPage` and accepted in a fresh
 * browser context: returns that person's signed-in context and page (close the context after).
 */
export async function invitePerson(
  browser: Browser,
  adminPage: Page,
  person: Person = newPersonDetails(),
): Promise<SignedIn & { person: Person }> {
  const path = await invite(adminPage, person.email);
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  await acceptInvitation(page, path, person);
  return { context, page, person };
}

/** Signs `person` in through the sign-in page of a fresh browser context. */
export async function signIn(browser: Browser, person: Pick<Person, "email" | "password">): Promise<SignedIn> {
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await fillSignIn(page, person);
  await expect(page).toHaveURL(/\/apps$/);
  return { context, page };
}

/** Types the email and password into the sign-in page and submits. */
export async function fillSignIn(page: Page, person: Pick<Person, "email" | "password">): Promise<void> {
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Chooses an entry of the header's user menu (a disclosure: its panel is a group named like its
 * button, and shown only once the button says it is expanded). */
export async function chooseFromUserMenu(page: Page, name: string, entry: string): Promise<void> {
  const menu = page.getByRole("button", { name: `Account: ${name}` });
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("group", { name: `Account: ${name}` }).getByRole("button", { name: entry, exact: true }).click();
}
