import type { Page } from "@playwright/test";

import { APP_ORIGIN, SETTLE_TIMEOUT_MS } from "./support/constants";
import { EditorPage } from "./support/editor";
import { expect, test } from "./support/fixtures";
import { grant } from "./support/grants";
import { expectAxeClean, expectSameDocument, markDocument } from "./support/page-checks";
import { invitePerson, newPersonDetails } from "./support/people";
import { actionId } from "./support/server-actions";
import { editorPath, GATEWAY, SHOP, SHOP_V1, SHOP_V2 } from "./support/seed";

// The release view and the non-production release actions (issue 18, sections 2 and 3): staging
// followed to Running without a reload, a broken image's failure, rollback, delete refused for a
// live version and done for an idle one, a viewer refused by the server, a lost answer reconciled
// and not sent twice, and every step in /audit. The sandbox moves one rollout step a second.

const PUBLISH = "PublishEdgeContainerAppVersion";
const ACTIONS_FILE = "release/actions";
const startedAt = new Date().toISOString().slice(0, 19) + "Z";

/** Creates a version of shop-frontend with `image` and opens its page once it is created. */
async function createVersion(page: Page, name: string, image = "nginx:1.25"): Promise<string> {
  const editor = new EditorPage(page);
  await editor.open(editorPath(SHOP));
  await editor.fillValidMinimum(name);
  await editor.image(1).fill(image);
  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");
  await editor.successAlert.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish to staging" })).toBeEnabled({
    timeout: SETTLE_TIMEOUT_MS,
  });
  return decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1) ?? "");
}

/** Every distinct text the element at `selector` shows from now on, in order. */
async function recordTexts(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((sel) => {
    const element = document.querySelector(sel);
    const texts = [element?.textContent ?? ""];
    Object.assign(window, { __recordedTexts: texts });
    if (!element) return;
    new MutationObserver(() => {
      const text = element.textContent ?? "";
      if (texts.at(-1) !== text) texts.push(text);
    }).observe(element, { childList: true, characterData: true, subtree: true });
  }, selector);
  return () =>
    page.evaluate(() => (window as unknown as { __recordedTexts: string[] }).__recordedTexts);
}

/** Calls a release server action directly, as whoever's cookies `page` carries. */
function callAction(page: Page, name: string, path: string, args: unknown[]) {
  return page.request.post(path, {
    headers: {
      Origin: APP_ORIGIN,
      "Next-Action": actionId(name, ACTIONS_FILE),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

test("a new version is published to staging and the views follow it to Running without a reload", async ({
  page,
  sandbox,
}) => {
  test.setTimeout(120_000);
  const versionId = await createVersion(page, "release-e2e-staging");
  await markDocument(page);
  const seen = await recordTexts(page, '[data-testid="version-placement"]');
  await page.getByRole("button", { name: "Publish to staging" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Done" })).toContainText("RequestId");
  const placement = page.getByTestId("version-placement");
  await expect(placement).toHaveText("Runs on: Staging.", { timeout: 15_000 });
  // It went through publishing on its own, in this document.
  expect(await seen()).toEqual([
    "Runs nowhere.",
    "Runs on: Staging (publishing).",
    "Runs on: Staging.",
  ]);

  await page.getByRole("link", { name: "Release status of this application" }).click();
  const staging = page.getByRole("region", { name: "Staging" });
  await expect(staging.getByText("Running", { exact: true })).toBeVisible();
  await expect(staging).toContainText(versionId);
  await expect(staging).toContainText("203.0.113.");
  await expect(page.getByText("Nothing is moving")).toBeVisible();
  const production = page.getByRole("region", { name: "Production" });
  await expect(production).toContainText(SHOP_V2);
  await expectSameDocument(page);
  expect(await sandbox.requests(PUBLISH)).toHaveLength(1);

  // The version list says where it runs.
  await page.goto(`/apps/${SHOP}`);
  const row = page.getByTestId("versions-table").locator(`tr[data-version-id="${versionId}"]`);
  await expect(row).toContainText("Staging");
  await expect(
    page.getByTestId("versions-table").locator(`tr[data-version-id="${SHOP_V2}"]`),
  ).toContainText("Production 100%");
});

test("a broken image's staging failure is shown with its restarts and reason", async ({ page }) => {
  test.setTimeout(120_000);
  await createVersion(page, "release-e2e-crash", "registry.example.com/broken/crash-loop:1.0");
  await page.getByRole("button", { name: "Publish to staging" }).click();
  await page.getByRole("link", { name: "Release status of this application" }).click();
  const failure = page
    .getByRole("alert")
    .filter({ hasText: "Staging is failing: CrashLoopBackOff" });
  await expect(failure).toBeVisible({ timeout: 15_000 });
  await expect(failure).toContainText(/Restarted \d+ times?; last reason: Error/);
  await expectAxeClean(page);
});

test("production is rolled back from a version's page; a bad percentage is refused on its field", async ({
  page,
}) => {
  await page.goto(`/apps/${SHOP}/versions/${SHOP_V1}`);
  await markDocument(page);
  await page.getByRole("button", { name: "Roll back…" }).click();
  const dialog = page.getByRole("dialog", { name: "Roll back production" });
  await expect(dialog.getByLabel("Roll back to")).toHaveValue(SHOP_V1);
  await dialog.getByLabel("By percentage").check();
  const percentage = dialog.getByLabel(/Percentage of traffic/);
  await percentage.fill("150");
  await dialog.getByRole("button", { name: "Roll back" }).click();
  await expect(percentage).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toContainText("Enter a whole number from 1 to 100.");
  await dialog.getByLabel("All at once").check();
  await dialog.getByRole("button", { name: "Roll back" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Done" })).toContainText(
    `back to ${SHOP_V1}`,
  );

  await page.getByRole("link", { name: "Release status of this application" }).click();
  const production = page.getByRole("region", { name: "Production" });
  await expect(production.getByText("rollbacked", { exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(production).toContainText(SHOP_V1);
  await expectSameDocument(page);
});

test("delete is refused for the live version, by the page and the server, and done for an idle one", async ({
  page,
  sandbox,
}) => {
  await page.goto(`/apps/${SHOP}/versions/${SHOP_V2}`);
  await expect(
    page.getByText("Delete is not offered: production serves it (100% of traffic)."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete version…" })).toHaveCount(0);
  const refused = await callAction(
    page,
    "deleteVersionAction",
    `/apps/${SHOP}/versions/${SHOP_V2}`,
    [SHOP, { versionId: SHOP_V2, confirmName: "v2-checkout-redesign" }],
  );
  expect(await refused.text()).toContain("VersionInUse");
  expect(await sandbox.requests("DeleteEdgeContainerAppVersion")).toHaveLength(0);

  // envoy-1.31-canary of api-gateway-edge was never published.
  const canary = "ver-100000000000000303";
  await page.goto(`/apps/${GATEWAY}/versions/${canary}`);
  await page.getByRole("button", { name: "Delete version…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete envoy-1.31-canary" });
  await dialog.getByLabel("Version name").fill("envoy-1.31");
  await dialog.getByRole("button", { name: "Delete this version" }).click();
  await expect(dialog.getByLabel("Version name")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toContainText("Type “envoy-1.31-canary” exactly to confirm.");
  await dialog.getByLabel("Version name").fill("envoy-1.31-canary");
  await dialog.getByRole("button", { name: "Delete this version" }).click();
  await expect(page).toHaveURL(`/apps/${GATEWAY}`);
  await expect(page.getByTestId("versions-table")).not.toContainText("envoy-1.31-canary");
  expect(await sandbox.requests("DeleteEdgeContainerAppVersion")).toHaveLength(1);
});

test("a viewer sees Publish to staging disabled with the reason, and the server refuses the action", async ({
  browser,
  page,
  sandbox,
}) => {
  test.setTimeout(120_000);
  const vera = await invitePerson(browser, page, newPersonDetails("release-viewer"));
  await grant(page, vera.person, "viewer", "*");
  const path = `/apps/${SHOP}/versions/${SHOP_V1}`;
  await vera.page.goto(path);
  const publish = vera.page.getByRole("button", { name: "Publish to staging" });
  await expect(publish).toBeDisabled();
  await expect(publish).toHaveAccessibleDescription(/publishing to staging needs releaser/);
  const answer = await callAction(vera.page, "publishToStagingAction", path, [
    SHOP,
    { versionId: SHOP_V1 },
  ]);
  const text = await answer.text();
  expect(text).toContain('"code":"Forbidden"');
  expect(text).toContain(
    "You have viewer access to shop-frontend; publishing to staging needs releaser.",
  );
  expect(await sandbox.requests(PUBLISH)).toHaveLength(0);
  await vera.context.close();
});

test("a staging publish whose answer is lost is reconciled from the status, not sent twice", async ({
  page,
  sandbox,
}) => {
  await page.goto(`/apps/${SHOP}/versions/${SHOP_V1}`);
  await sandbox.injectFault(PUBLISH, "drop-after-commit");
  await page.getByRole("button", { name: "Publish to staging" }).click();
  const outcome = page.getByRole("alert").filter({ hasText: "Answer lost; the status shows it" });
  await expect(outcome).toContainText("answer to the publish was lost");
  await expect(page.getByTestId("version-placement")).toContainText("Staging", { timeout: 15_000 });
  expect(await sandbox.requests(PUBLISH)).toHaveLength(1);
});

test("each release step is in /audit with its outcome and RequestId", async ({ page }) => {
  await page.goto(`/audit?action=release.&from=${encodeURIComponent(startedAt)}`);
  const table = page.getByRole("table", { name: "Audit entries" });
  const row = (action: RegExp, outcome: string) =>
    table.getByRole("row", { name: action }).filter({ hasText: outcome });
  const REQUEST_ID = /RequestId [0-9A-F-]{36}/;
  await expect(
    row(/release\.publish-staging/, "ok")
      .filter({ hasText: REQUEST_ID })
      .first(),
  ).toBeVisible();
  await expect(row(/release\.publish-staging/, "refused").first()).toContainText("shop-frontend");
  await expect(
    row(/release\.rollback/, "ok")
      .filter({ hasText: REQUEST_ID })
      .first(),
  ).toBeVisible();
  await page.goto(`/audit?action=version.delete&from=${encodeURIComponent(startedAt)}`);
  await expect(
    row(/version\.delete/, "ok")
      .filter({ hasText: REQUEST_ID })
      .first(),
  ).toBeVisible();
  await expect(row(/version\.delete/, "failed").filter({ hasText: "VersionInUse" })).toContainText(
    SHOP_V2,
  );
  await expect(
    row(/version\.delete/, "failed").filter({ hasText: "ConfirmationMismatch" }),
  ).toHaveCount(1);
});
