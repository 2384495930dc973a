import { APP_ORIGIN, OIDC_ISSUER } from "./support/constants";
import { expect, test } from "./support/fixtures";
import { anonymousContext } from "./support/people";
import { SHOP } from "./support/seed";

// Single sign-on through the real redirect flow: the studio's button, the local OIDC provider's
// authorize page (e2e/support/oidc-provider.ts), the callback, and a session. What the person may
// then do comes from a grant to a group named in the ID token's `groups` claim.

test("single sign-on signs a new person in through the provider, and a group grant gives them their apps", async ({ page, browser }) => {
  // The administrator grants the OIDC group "team-shop" submitter on the shop-* apps.
  await page.goto("/admin");
  const grantForm = page.getByRole("form", { name: "Add a grant" });
  await grantForm.getByLabel("Subject").selectOption({ label: "OIDC group" });
  await grantForm.getByLabel("Group").fill("team-shop");
  await grantForm.getByLabel("Role").selectOption("submitter");
  await grantForm.getByLabel("App pattern").fill("shop-*");
  await grantForm.getByRole("button", { name: "Add grant" }).click();
  await expect(page.getByRole("table", { name: "Grants" }).getByRole("row").filter({ hasText: "team-shop" })).toContainText("shop-*");

  const context = await anonymousContext(browser);
  const sso = await context.newPage();
  await sso.goto(`/apps/${SHOP}`);
  await expect(sso).toHaveURL(`/sign-in?next=${encodeURIComponent(`/apps/${SHOP}`)}`);
  await sso.getByRole("button", { name: "Sign in with single sign-on" }).click();

  // The provider's page; the request the studio sent it uses PKCE (S256), a state and a nonce.
  await expect(sso.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  const authorize = new URL(sso.url());
  expect(authorize.origin + authorize.pathname).toBe(`${OIDC_ISSUER}/authorize`);
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorize.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
  expect(authorize.searchParams.get("state")).toBeTruthy();
  expect(authorize.searchParams.get("nonce")).toBeTruthy();
  expect(authorize.searchParams.get("redirect_uri")).toBe(`${APP_ORIGIN}/api/auth/callback/oidc`);

  await sso.getByLabel("Email").fill("grace.sso@example.test");
  await sso.getByLabel("Name").fill("Grace Sso");
  await sso.getByLabel("Groups").fill("team-shop, unrelated-group");
  await sso.getByRole("button", { name: "Continue" }).click();

  // Back at the page they asked for, signed in through single sign-on.
  await expect(sso).toHaveURL(`${APP_ORIGIN}/apps/${SHOP}`);
  await sso.getByRole("button", { name: "Account: Grace Sso" }).click();
  const account = sso.getByRole("group", { name: "Account: Grace Sso" });
  await expect(account).toContainText("Through single sign-on");
  await sso.keyboard.press("Escape");
  await expect(account).toBeHidden();

  // The group grant: shop-frontend only, and as a submitter.
  await sso.goto("/apps");
  const table = sso.getByRole("table", { name: "Edge container applications" });
  await expect(table.getByRole("row").filter({ hasText: "shop-frontend" })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "api-gateway-edge" })).toHaveCount(0);
  await expect(sso.getByRole("link", { name: "New version of shop-frontend" })).toBeVisible();
  await context.close();

  // The sign-in is in the audit log under the person's name.
  await page.goto("/audit?action=sign-in&outcome=ok");
  const rows = page.getByRole("table", { name: "Audit entries" }).getByRole("row", { name: /sign-in/ });
  await expect(rows.filter({ hasText: "Grace Sso" }).first()).toContainText("ok");
});

test("single sign-on without a matching group signs in but shows no apps", async ({ browser }) => {
  const context = await anonymousContext(browser);
  const sso = await context.newPage();
  await sso.goto("/sign-in");
  await sso.getByRole("button", { name: "Sign in with single sign-on" }).click();
  await expect(sso.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await sso.getByLabel("Email").fill("nobody.sso@example.test");
  await sso.getByLabel("Groups").fill("some-other-team");
  await sso.getByRole("button", { name: "Continue" }).click();
  await expect(sso).toHaveURL(`${APP_ORIGIN}/apps`);
  const table = sso.getByRole("table", { name: "Edge container applications" });
  await expect(table.getByRole("row").filter({ hasText: "shop-frontend" })).toHaveCount(0);
  await context.close();
});
