import { APP_ORIGIN, E2E_ADMIN } from "./support/constants";
import { expectFieldError } from "./support/fields";
import { expect, test } from "./support/fixtures";
import { anonymousContext, chooseFromUserMenu, fillSignIn, invitePerson, signIn } from "./support/people";
import { editorPath, SHOP } from "./support/seed";

// After the first run (e2e/auth-first-run.setup.ts made the administrator through /setup):
// setup is gone, every page needs a session, sign-in brings people back, sign-out ends sessions.

test("setup is gone once the administrator exists, signed in or not", async ({ page, browser }) => {
  expect((await page.goto("/setup"))?.status()).toBe(404);
  const anonymous = await anonymousContext(browser);
  const response = await (await anonymous.newPage()).goto("/setup");
  expect(response?.status()).toBe(404);
  await anonymous.close();
});

test("an anonymous visitor is sent to sign-in and, signed in, back to the page they asked for", async ({ browser }) => {
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  const wanted = editorPath(SHOP, "ver-100000000000000101");
  await page.goto(wanted);
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(wanted)}`);
  await expect(page.getByRole("heading", { name: "Sign in to Version Studio" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in with single sign-on" })).toBeVisible();

  await fillSignIn(page, E2E_ADMIN);
  await expect(page).toHaveURL(wanted);
  await expect(page.getByRole("heading", { name: "New version" })).toBeVisible();
  await context.close();
});

test("route handlers answer 401 JSON without a session, and better-auth's own endpoints stay open", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: APP_ORIGIN, storageState: { cookies: [], origins: [] } });
  const response = await anonymous.get(`/api/apps/${SHOP}/versions`);
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(await response.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  expect((await anonymous.get("/api/auth/get-session")).status()).toBe(200);
  await anonymous.dispose();
});

test("a next parameter pointing elsewhere leads to the application list instead", async ({ browser }) => {
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent("//evil.example/apps")}`);
  await fillSignIn(page, E2E_ADMIN);
  await expect(page).toHaveURL(/\/apps$/);
  await context.close();
});

test("a wrong password is refused on the password field, nothing is signed in, and the attempt is audited", async ({ browser, page: adminPage }) => {
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectFieldError(page.getByLabel("Email"), "Enter an email address such as ada@example.com.");
  await expectFieldError(page.getByLabel("Password"), "Enter your password.");

  await fillSignIn(page, { email: E2E_ADMIN.email, password: "not the password" });
  await expectFieldError(page.getByLabel("Password"), "The email or password is not right.");
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await context.cookies()).map((c) => c.name)).not.toContain("studio.session_token");
  await context.close();

  // The audit log has the failed attempt: anonymous, the email typed, refused as failed.
  await adminPage.goto("/audit?action=sign-in&outcome=failed");
  const failed = adminPage.getByRole("table", { name: "Audit entries" }).getByRole("row", { name: /sign-in/ });
  await expect(failed.filter({ hasText: E2E_ADMIN.email }).first()).toContainText("failed");
});

test("signing out ends this session only: the page asks for sign-in again, other sessions stay", async ({ browser, page }) => {
  const { context, page: own } = await signIn(browser, E2E_ADMIN);
  await chooseFromUserMenu(own, E2E_ADMIN.name, "Sign out");
  await expect(own).toHaveURL(/\/sign-in$/);
  await own.goto("/apps");
  await expect(own).toHaveURL(/\/sign-in$/);
  expect((await own.context().cookies()).map((c) => c.name)).not.toContain("studio.session_token");
  // The saved administrator session of the other specs is another session: still signed in.
  await page.goto("/apps");
  await expect(page.getByRole("button", { name: `Account: ${E2E_ADMIN.name}` })).toBeVisible();
  await context.close();
});

test("signing out of every session signs the person out in their other browsers too", async ({ browser, page }) => {
  const invited = await invitePerson(browser, page);
  const other = await signIn(browser, invited.person);
  await other.page.goto("/apps");
  await expect(other.page.getByRole("button", { name: `Account: ${invited.person.name}` })).toBeVisible();

  await chooseFromUserMenu(invited.page, invited.person.name, "Sign out of every session");
  await expect(invited.page).toHaveURL(/\/sign-in$/);
  // The other browser still holds its cookie, but its session is gone: the server sends it away.
  expect((await other.context.cookies()).map((c) => c.name)).toContain("studio.session_token");
  await other.page.goto(`/apps/${SHOP}`);
  await expect(other.page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/apps/${SHOP}`)}`);
  await invited.context.close();
  await other.context.close();
});
