import { readFile } from "node:fs/promises";

import { parse } from "csv-parse/sync";

import { INVITATION_PATH } from "../lib/auth/gate-rules";

import { E2E_ADMIN } from "./support/constants";
import { SHOP, SHOP_V1 } from "./support/seed";
import { expectFieldError } from "./support/fields";
import { expect, test } from "./support/fixtures";
import { acceptInvitation, anonymousContext, newPersonDetails } from "./support/people";

// The administrator invites a person, grants them submitter on shop-* (the preview lists the apps
// the pattern matches), and /audit shows, filters and exports what happened.

test.describe.configure({ mode: "serial" });

const invitee = newPersonDetails("bea");
// Other specs of the run write audit rows too: this file's start (UTC, to the second) narrows
// the log to what these tests did.
let startedAt = "";

test("the admin invites a person and grants them submitter on shop-*, with a preview of the matching apps", async ({ page, browser }) => {
  startedAt = new Date().toISOString().slice(0, 19);
  await page.goto("/apps");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Audit log" })).toBeVisible();
  await nav.getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();

  // A bad email is refused on its field and stays as typed.
  const invite = page.getByRole("form", { name: "Invite a person" });
  await invite.getByLabel("Email").fill("not an email");
  await invite.getByRole("button", { name: "Create invitation" }).click();
  await expectFieldError(invite.getByLabel("Email"), "Enter an email address such as ada@example.com.");
  await expect(invite.getByLabel("Email")).toHaveValue("not an email");

  await invite.getByLabel("Email").fill(invitee.email);
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const link = page.getByRole("textbox", { name: "Invitation link" });
  await expect(link).toHaveValue(new RegExp(`${INVITATION_PATH}/[\\w-]{40,}$`));
  const invitationUrl = await link.inputValue();
  await expect(page.getByRole("table", { name: "Open invitations" }).getByRole("cell", { name: invitee.email, exact: true })).toBeVisible();

  // The invited person opens the link in a browser of their own.
  const theirs = await anonymousContext(browser);
  const bea = await theirs.newPage();
  await acceptInvitation(bea, new URL(invitationUrl).pathname, invitee);

  await page.reload();
  const beaRow = page.getByRole("table", { name: "Users" }).getByRole("row", { name: new RegExp(invitee.name) });
  await expect(beaRow).toContainText("local password");
  await expect(beaRow).not.toContainText("never");
  await expect(page.getByRole("table", { name: "Users" }).getByRole("row", { name: new RegExp(E2E_ADMIN.name) })).toContainText(
    "You cannot disable yourself",
  );

  const grant = page.getByRole("form", { name: "Add a grant" });
  await grant.getByLabel("Person").selectOption({ label: `${invitee.name} (${invitee.email})` });
  await grant.getByLabel("Role").selectOption("submitter");
  // A bad pattern: no preview, refused on its field, kept as typed.
  await grant.getByLabel("App pattern").fill("shop/*");
  await expect(grant.getByText("Fix the pattern to see which apps it matches.")).toBeVisible();
  await grant.getByRole("button", { name: "Add grant" }).click();
  await expect(grant.getByLabel("App pattern")).toHaveAttribute("aria-invalid", "true");
  await expect(grant.getByLabel("App pattern")).toHaveValue("shop/*");

  await grant.getByLabel("App pattern").fill("shop-*");
  await expect(grant.getByText("Matches 1 of 4 apps right now:")).toBeVisible();
  await expect(grant.getByRole("list", { name: "Matching apps" }).getByRole("listitem")).toHaveText(["shop-frontend"]);
  await grant.getByLabel("App pattern").fill("*e*");
  await expect(grant.getByRole("list", { name: "Matching apps" }).getByRole("listitem")).toHaveCount(4);
  await grant.getByLabel("App pattern").fill("shop-*");
  await grant.getByRole("button", { name: "Add grant" }).click();
  const grants = page.getByRole("table", { name: "Grants" });
  await expect(grants.getByRole("row", { name: new RegExp(`${invitee.name}.*submitter.*shop-\\*`) })).toBeVisible();

  // The grant applies at Bea's next request, and the admin page stays closed to her.
  await bea.goto("/apps");
  await expect(bea.getByRole("link", { name: "shop-frontend", exact: true })).toBeVisible();
  await expect(bea.getByRole("link", { name: "image-resizer", exact: true })).toHaveCount(0);
  await expect(bea.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Administration" })).toHaveCount(0);
  const refused = await bea.goto("/admin");
  expect(refused?.status()).toBe(403);
  await theirs.close();
});

test("/audit shows the changes with their actors, filters them in the URL, and shows an entry's payload", async ({ page }) => {
  await page.goto("/audit");
  const table = page.getByRole("table", { name: "Audit entries" });
  await expect(table.getByRole("row", { name: /invitation\.create/ }).first()).toContainText(E2E_ADMIN.name);
  await expect(table.getByRole("row", { name: /grant\.add/ }).filter({ hasText: "ok" }).first()).toContainText(
    `submitter on shop-*`,
  );
  // Bea's refusal on /admin is there too.
  await expect(table.getByRole("row", { name: /page\.admin/ }).first()).toContainText(invitee.name);
  await expect(table.getByRole("row", { name: /page\.admin/ }).first()).toContainText("refused");

  const filters = page.getByRole("form", { name: "Filter the audit log" });
  await filters.getByLabel("Action").fill("grant.add");
  await filters.getByLabel("Outcome").selectOption("ok");
  await filters.getByLabel("From (UTC)").fill(startedAt);
  await filters.getByRole("button", { name: "Apply filters" }).click();
  const filtered = `action=grant.add&outcome=ok&from=${encodeURIComponent(startedAt)}`;
  await expect(page).toHaveURL(`/audit?${filtered}`);
  const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("grant.add");

  // A bad time is named on its field and the rest still applies.
  await page.goto("/audit?action=grant.add&from=yesterday");
  await expectFieldError(filters.getByLabel("From (UTC)"), "Enter a UTC date");
  await expect(filters.getByLabel("From (UTC)")).toHaveValue("yesterday");

  await page.goto(`/audit?${filtered}`);
  await rows.first().getByRole("link", { name: /Details of entry/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Audit entry \d+: grant\.add/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Recorded payload" })).toContainText('"appPattern": "shop-*"');
  await page.getByRole("link", { name: "← Audit log" }).click();
  await expect(page).toHaveURL(`/audit?${filtered}`);
});

test("/audit exports the filtered set as CSV and JSON", async ({ page }) => {
  await page.goto(`/audit?action=invitation.&from=${encodeURIComponent(startedAt)}`);
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csvFile = await (await csvDownload).path();
  const records = parse(await readFile(csvFile, "utf8"), { columns: true }) as Record<string, string>[];
  expect(records.length).toBeGreaterThanOrEqual(1);
  expect(records.every((r) => r.action!.startsWith("invitation."))).toBe(true);
  expect(records.find((r) => r.action === "invitation.create" && r.outcome === "ok")).toMatchObject({
    actorName: E2E_ADMIN.name,
    target: invitee.email,
  });

  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export JSON" }).click();
  const entries = JSON.parse(await readFile(await (await jsonDownload).path(), "utf8")) as { id: number; action: string; hash: string }[];
  expect(entries.map((e) => e.id)).toEqual(records.map((r) => Number(r.id)));
  expect(entries.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
});

test("a create started from a version shows, in its audit entry, what it changed against that version", async ({ page, editor }) => {
  await editor.open(`/apps/${SHOP}/versions/new?from=${SHOP_V1}`);
  await editor.remarks.fill("Audited change of remarks");
  await editor.submitAndConfirm();
  await expect(editor.successAlert).toBeVisible();
  const name = await editor.versionName.inputValue();

  await page.goto(`/audit?action=version.create&outcome=ok&from=${encodeURIComponent(startedAt)}`);
  const row = page.getByRole("table", { name: "Audit entries" }).getByRole("row", { name: new RegExp(name) }).first();
  await expect(row).toContainText("shop-frontend");
  await row.getByRole("link", { name: /Details of entry/ }).click();
  const changes = page.getByRole("region", { name: "Changes against the base version" });
  await expect(changes).toContainText(`Compared with v1-initial-release (${SHOP_V1})`);
  await expect(changes.getByRole("region", { name: "Version fields" })).toContainText("Audited change of remarks");
});
