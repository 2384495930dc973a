import type { Browser, Page } from "@playwright/test";

import { APP_ORIGIN } from "./support/constants";
import { hydrated, recordViolations } from "./support/csp";
import { expect, test } from "./support/fixtures";
import { grant } from "./support/grants";
import { invitePerson, newPersonDetails, type SignedIn } from "./support/people";
import { actionId } from "./support/server-actions";
import { SHOP, SHOP_V1 } from "./support/seed";

// Production publish and four eyes (issue 18): one releaser requests production at 10%, another
// approves and the sandbox's rollout reaches it; the raise to 100% is approved the same way; the
// requester cannot approve their own (page and server); a rejection needs a reason; a publish
// whose answer is lost is reconciled from the app's status and sent once; all of it in /audit.
// Every app needs four eyes by default. The sandbox moves 25 points of traffic a second.

const PUBLISH = "PublishEdgeContainerAppVersion";
const startedAt = new Date().toISOString().slice(0, 19) + "Z";

/** Two releasers on shop-frontend, each signed in in a browser of their own. */
async function releasers(browser: Browser, adminPage: Page): Promise<[SignedIn, SignedIn]> {
  const requester = await invitePerson(browser, adminPage, newPersonDetails("rita"));
  const approver = await invitePerson(browser, adminPage, newPersonDetails("abe"));
  await grant(adminPage, requester.person, "releaser", "shop-frontend");
  await grant(adminPage, approver.person, "releaser", "shop-frontend");
  return [requester, approver];
}

/** Fills the plan on a production page, reviews, requests approval; returns the request's number. */
async function requestRelease(page: Page, choose: (page: Page) => Promise<void>): Promise<number> {
  await choose(page);
  await page.getByRole("button", { name: "Review" }).click();
  await expect(page.getByRole("region", { name: "Rollout plan" })).toBeVisible();
  await page.getByRole("button", { name: "Request approval" }).click();
  const sent = page.getByRole("alert").filter({ hasText: "Waiting for approval" });
  await expect(sent).toContainText("Request #");
  return Number(/Request #(\d+)/.exec((await sent.textContent()) ?? "")?.[1]);
}

const card = (page: Page, id: number) => page.getByRole("article").filter({ hasText: `#${id} ` });
const historyRow = (page: Page, id: number) =>
  page.getByRole("table", { name: "Decided requests" }).getByRole("row").filter({ hasText: `#${id} ` });

async function decide(page: Page, id: number, button: "Approve and publish" | "Reject", reason: string) {
  await page.goto("/approvals");
  await card(page, id).getByLabel("Reason").fill(reason);
  await card(page, id).getByRole("button", { name: button }).click();
}

test("requested at 10% by one releaser, approved by another, raised to 100% the same way; no self-approval", async ({
  page,
  browser,
  sandbox,
}) => {
  test.setTimeout(180_000);
  const [rita, abe] = await releasers(browser, page);

  await rita.page.goto(`/apps/${SHOP}/versions/${SHOP_V1}`);
  await rita.page.getByRole("link", { name: "Publish to production" }).click();
  await expect(rita.page.getByRole("heading", { level: 1 })).toHaveText(`Publish ${SHOP_V1} to production`);
  const first = await requestRelease(rita.page, async (p) => {
    await p.getByRole("spinbutton", { name: "Percentage" }).fill("10");
    await p.getByLabel("Note for the approver").fill("canary: watch checkout errors");
    await p.getByRole("button", { name: "Review" }).click();
    // The review shows what changes for users against what production runs now.
    await expect(p.getByRole("region", { name: "What changes for users" })).toContainText("Compared with v2-checkout-redesign");
    await expect(p.getByRole("region", { name: "Rollout plan" })).toContainText("10% of traffic");
    await p.getByRole("button", { name: "Back to the plan" }).click();
  });
  expect(await sandbox.requests(PUBLISH)).toHaveLength(0);

  // The requester cannot approve their own: the page says why, and the server refuses a direct call.
  await rita.page.goto("/approvals");
  await expect(card(rita.page, first).getByRole("button", { name: "Approve and publish" })).toBeDisabled();
  await expect(card(rita.page, first)).toContainText("You asked for this release");
  const direct = await rita.page.request.post("/approvals", {
    headers: {
      Origin: APP_ORIGIN,
      "Next-Action": actionId("approveReleaseAction", "approvals/actions"),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify([SHOP, { requestId: first, reason: "" }]),
    maxRedirects: 0,
  });
  expect(await direct.text()).toContain('"code":"SelfApproval"');
  expect(await sandbox.requests(PUBLISH)).toHaveLength(0);

  // The second releaser sees the note and the diff, and approves: the publish is sent once.
  await abe.page.goto("/approvals");
  await expect(card(abe.page, first)).toContainText("canary: watch checkout errors");
  await expect(card(abe.page, first).getByRole("region", { name: "What changes for users" })).toContainText("Compared with");
  await decide(abe.page, first, "Approve and publish", "diff checked");
  await expect(historyRow(abe.page, first)).toContainText("approved");
  await expect(historyRow(abe.page, first)).toContainText("RequestId");
  const [sent] = await sandbox.requests(PUBLISH);
  expect(sent?.body).toMatchObject({ AppId: SHOP, PublishEnv: "prod", Percentage: "10" });
  expect(sent?.query).toMatchObject({ VersionId: SHOP_V1, PublishType: "percentage" });

  // The rollout reaches 10%; the release view offers the raise, which is a request again.
  await rita.page.goto(`/apps/${SHOP}/release`);
  const raise = rita.page.getByRole("link", { name: "Raise to N% (now 10%)" });
  await expect(raise).toBeVisible({ timeout: 20_000 });
  await expect(rita.page.getByRole("region", { name: "Production" })).toContainText(SHOP_V1);
  await raise.click();
  await expect(rita.page.getByRole("heading", { level: 1 })).toHaveText(`Raise ${SHOP_V1} in production`);
  const second = await requestRelease(rita.page, (p) => p.getByRole("button", { name: "100%", exact: true }).click());
  await decide(abe.page, second, "Approve and publish", "");
  await expect(historyRow(abe.page, second)).toContainText("approved");
  const publishes = await sandbox.requests(PUBLISH);
  expect(publishes.map((r) => r.body.Percentage)).toEqual(["10", "100"]);

  await abe.page.goto(`/apps/${SHOP}/release`);
  const production = abe.page.getByRole("region", { name: "Production" });
  await expect(production.getByText("100%", { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(production.getByText("published", { exact: true })).toBeVisible();
  await rita.context.close();
  await abe.context.close();
});

test("a rejection needs a reason; a lost answer to an approved publish is reconciled, not sent twice", async ({
  page,
  browser,
  sandbox,
}) => {
  test.setTimeout(180_000);
  const [rita, abe] = await releasers(browser, page);
  const production = `/apps/${SHOP}/versions/${SHOP_V1}/production`;

  await rita.page.goto(production);
  const rejected = await requestRelease(rita.page, (p) => p.getByRole("button", { name: "25%", exact: true }).click());
  await decide(abe.page, rejected, "Reject", "");
  await expect(card(abe.page, rejected).getByLabel("Reason")).toHaveAccessibleDescription("Say why the request is rejected.");
  await card(abe.page, rejected).getByLabel("Reason").fill("not during the sale");
  await card(abe.page, rejected).getByRole("button", { name: "Reject" }).click();
  await expect(historyRow(abe.page, rejected)).toContainText("rejected");
  await expect(historyRow(abe.page, rejected)).toContainText("Reason: not during the sale");
  expect(await sandbox.requests(PUBLISH)).toHaveLength(0);

  await rita.page.goto(production);
  const lost = await requestRelease(rita.page, (p) => p.getByRole("button", { name: "5%", exact: true }).click());
  await sandbox.injectFault(PUBLISH, "drop-after-commit");
  await decide(abe.page, lost, "Approve and publish", "");
  await expect(historyRow(abe.page, lost)).toContainText("answer to the publish was lost, but the release status shows it");
  expect(await sandbox.requests(PUBLISH)).toHaveLength(1);
  await rita.context.close();
  await abe.context.close();
});

test("the plan is checked in the browser with no CSP violation, and a bad one on its field", async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(`/apps/${SHOP}/versions/${SHOP_V1}/production`);
  await hydrated(page);
  await page.getByRole("spinbutton", { name: "Percentage" }).fill("0");
  await page.getByRole("button", { name: "Review" }).click();
  await expect(page.getByRole("spinbutton", { name: "Percentage" })).toHaveAccessibleDescription("Enter a percentage from 1 to 100.");
  await page.getByRole("radio", { name: "Regions" }).check();
  await page.getByRole("button", { name: "Review" }).click();
  await expect(page.getByRole("group", { name: "Regions" })).toHaveAccessibleDescription("Choose at least one region, or switch on full release.");
  await page.getByRole("switch", { name: "Schedule the start" }).check();
  await expect(page.getByText(/Your time zone: .+\. It is sent to ESA in UTC\./)).toBeVisible();
  expect(await violations()).toEqual([]);
});

/** Sets the four-eyes setting on /admin as the administrator of `page`. */
async function setFourEyes(page: Page, mode: "off" | "*") {
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Four eyes on production" });
  await form.getByLabel("Four eyes").selectOption(mode === "off" ? "off" : "pattern");
  if (mode === "*") await form.getByLabel("Apps needing approval").fill("*");
  await form.getByRole("button", { name: "Save four eyes" }).click();
  await expect(page.getByText(mode === "off" ? "Production releases need no second approval." : "Every app's production releases need a second releaser's approval.")).toBeVisible();
}

test("with four eyes switched off on /admin, a releaser publishes to production at once", async ({ page, sandbox }) => {
  await setFourEyes(page, "off");
  try {
    await page.goto(`/apps/${SHOP}/versions/${SHOP_V1}/production`);
    await expect(page.getByText("This app needs four eyes")).toHaveCount(0);
    await page.getByRole("button", { name: "50%", exact: true }).click();
    await page.getByRole("button", { name: "Review" }).click();
    await page.getByRole("button", { name: "Publish to production" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Sent to production" })).toContainText("RequestId");
    expect((await sandbox.requests(PUBLISH)).map((r) => r.body.Percentage)).toEqual(["50"]);
  } finally {
    await setFourEyes(page, "*");
  }
});

test("each production step is in /audit, naming who did it", async ({ page }) => {
  await page.goto(`/audit?action=release.&from=${encodeURIComponent(startedAt)}`);
  const table = page.getByRole("table", { name: "Audit entries" });
  for (const [action, outcome] of [
    ["release.request-production", "ok"],
    ["release.request-raise", "ok"],
    ["release.approve", "ok"],
    ["release.approve", "refused"],
    ["release.reject", "ok"],
    ["release.publish-production", "ok"],
  ] as const) {
    await expect(
      table.getByRole("row", { name: new RegExp(action.replace(".", "\\.")) }).filter({ hasText: outcome }).first(),
    ).toBeVisible();
  }
  await page.goto(`/audit?action=setting.four-eyes&from=${encodeURIComponent(startedAt)}`);
  await expect(table.getByRole("row", { name: /setting\.four-eyes/ }).filter({ hasText: "ok" })).toHaveCount(2);
});
