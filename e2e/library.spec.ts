import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { EditorPage } from "./support/editor";
import { expect, test } from "./support/fixtures";
import { grant } from "./support/grants";
import { invitePerson, newPersonDetails, signIn } from "./support/people";

// The team library (issue 19), as its "Done when" tells it: a template saved by one person is
// used by a teammate with submitter on a matching app (secret values left empty and named), the
// created version names it, edits keep a history, and /audit shows the changes; a draft follows
// its person to another browser, and a conflicting save from a second tab loses nothing.

async function drafts(page: Page): Promise<string> {
  await page.goto("/drafts");
  return (await page.getByRole("table", { name: "My drafts" }).textContent()) ?? "";
}

/** WCAG 2.0/2.1 A and AA violations of the page as it is, by rule and element. */
async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

test("a team template: secrets left out and named, used by a teammate, named on the version, edits kept as revisions, audited", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  // Templates outlive a test (the database lives as long as the run): a name of this test's own.
  const name = `Web service ${Date.now().toString(36)}`;
  const sam = await invitePerson(browser, page, newPersonDetails("template-author"));
  const tess = await invitePerson(browser, page, newPersonDetails("teammate"));
  await grant(page, sam.person, "submitter", "shop-*");
  await grant(page, tess.person, "submitter", "shop-*");

  // Sam saves a container with a secret as a template for shop-*.
  const samEditor = new EditorPage(sam.page);
  await samEditor.open();
  await samEditor.containerName(1).fill("web");
  await samEditor.image(1).fill("nginx:1.25");
  await samEditor.card(1).getByRole("tab", { name: "Text" }).click();
  await samEditor.card(1).getByLabel("Variables as text").fill("LOG_LEVEL=info\nDB_PASSWORD=hunter2");
  await samEditor.probeType(1, "tcpSocket").click();
  await samEditor.port(1).fill("8080");
  await sam.page.getByRole("button", { name: "Save as template" }).click();
  const save = sam.page.getByRole("form", { name: "Save as template" });
  await save.getByLabel("Template name").fill(name);
  await save.getByLabel("Description").fill("nginx behind a TCP probe");
  await save.getByLabel("Who it is for").selectOption("app-pattern");
  await save.getByLabel("App pattern").fill("shop-*");
  await save.getByRole("button", { name: "Save template" }).click();
  await expect(sam.page.getByText(/kept by name with an empty value: web: DB_PASSWORD/)).toBeVisible();

  // Tess, submitter on shop-frontend too, adds it to a new version.
  const tessEditor = new EditorPage(tess.page);
  await tessEditor.open();
  await tess.page.getByRole("button", { name: "Add from template" }).click();
  const picker = tess.page.getByRole("dialog", { name: "Add container from template" });
  await picker.getByLabel("Search templates").fill(name);
  await expect(picker.getByRole("list", { name: "Templates" })).toContainText(
    "nginx:1.25 · 1C2G · storage 0.5G · probe TCP port 8080",
  );
  await picker.getByRole("button", { name: `Add ${name}` }).click();
  await expect(tess.page.getByText(/Fill in the secret values the template leaves empty: web: DB_PASSWORD/)).toBeVisible();
  await tess.page.getByRole("button", { name: "Remove container 1" }).click();
  await expect(tessEditor.containerName(1)).toHaveValue("web");
  const env = tessEditor.card(1);
  await expect(env.getByLabel("Variable 2 name")).toHaveValue("DB_PASSWORD");
  await expect(env.getByLabel("Variable 2 value")).toHaveValue("");
  await env.getByLabel("Variable 2 value").fill("t3ss-secret");
  await tessEditor.versionName.fill("v3-from-web-template");
  await tessEditor.submitAndConfirm();
  await expect(tessEditor.successAlert).toContainText("Version created");
  await tessEditor.successAlert.getByRole("link", { name: /^ver-/ }).click();
  await expect(tess.page.getByTestId("version-templates")).toHaveText(`Made from template ${name} (revision 1)`);

  // Sam edits it: each save is a revision, viewable and restorable.
  await sam.page.goto("/templates");
  await sam.page.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = sam.page.getByRole("form", { name: "Edit template" });
  await edit.getByLabel("Description").fill("nginx, probe on 8080");
  await edit.getByRole("button", { name: "Save template" }).click();
  const row = sam.page.getByRole("table", { name: "Templates" }).getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell").nth(3)).toHaveText("2"); // the Revision column
  await sam.page.getByRole("button", { name: `History of ${name}` }).click();
  const history = sam.page.getByRole("region", { name: `History of ${name}` });
  await expect(history).toContainText("Revision 2");
  await expect(history).toContainText("Revision 1");
  await history.getByRole("button", { name: "View revision 1" }).click();
  await expect(sam.page.getByRole("region", { name: `Revision 1 of ${name}` })).toContainText("nginx behind a TCP probe");
  await history.getByRole("button", { name: "Restore revision 1" }).click();
  await expect(history).toContainText("restored revision 1");
  expect(await axeViolations(sam.page)).toEqual([]);

  // The administrator sees every template change in the audit log.
  await page.goto("/audit?action=template.");
  const log = page.getByRole("table").first();
  for (const action of ["template.create", "template.update", "template.restore"]) await expect(log).toContainText(action);
  await expect(log).toContainText(sam.person.name);
  await page.goto("/audit?action=version.create&outcome=ok");
  await expect(page.getByRole("table").first()).toContainText("v3-from-web-template");

  // Start from template: the version's containers become the template's.
  await samEditor.open();
  await sam.page.getByRole("button", { name: "Start from template" }).click();
  const start = sam.page.getByRole("dialog", { name: "Start from template" });
  await start.getByLabel("Search templates").fill(name);
  await start.getByRole("button", { name: `Start from ${name}` }).click();
  await expect(samEditor.containerName(1)).toHaveValue("web");
  await expect(samEditor.image(1)).toHaveValue("nginx:1.25");
  await expect(samEditor.card(2)).toHaveCount(0);

  await sam.context.close();
  await tess.context.close();
});

test("a draft follows its person to another browser; a conflicting save from a second tab is offered and nothing is lost", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const dee = await invitePerson(browser, page, newPersonDetails("drafter"));
  await grant(page, dee.person, "submitter", "shop-*");

  // Browser one: start a version.
  const first = new EditorPage(dee.page);
  await first.open();
  await first.versionName.fill("draft-follows-dee");
  await first.image(1).fill("nginx:1.27");
  const checker = await dee.context.newPage();
  await expect.poll(() => drafts(checker), { timeout: 15_000 }).toContain("draft-follows-dee: app (nginx:1.27)");

  // Browser two, after signing in: the draft is restored.
  const other = await signIn(browser, dee.person);
  const second = new EditorPage(other.page);
  await second.open();
  await expect(other.page.getByRole("status").filter({ hasText: "Restored your draft saved on the server" })).toBeVisible();
  await expect(second.versionName).toHaveValue("draft-follows-dee");
  await expect(second.image(1)).toHaveValue("nginx:1.27");

  // Browser two saves a change; browser one, still on the older revision, saves another.
  await second.versionName.fill("draft-from-machine-two");
  await expect.poll(() => drafts(checker), { timeout: 15_000 }).toContain("draft-from-machine-two");
  await first.image(1).fill("nginx:1.28");
  const conflict = dee.page.getByRole("dialog", { name: "This draft was changed elsewhere" });
  await expect(conflict).toContainText("draft-from-machine-two");
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(conflict).toBeHidden();

  // Both are kept: this tab's as the draft, the other one as a copy.
  await expect.poll(() => drafts(checker), { timeout: 15_000 }).toContain("draft-follows-dee: app (nginx:1.28)");
  const list = await drafts(checker);
  expect(list).toContain("draft-from-machine-two: app (nginx:1.27)");
  expect(list).toContain("(copy 1)");
  expect(await axeViolations(checker)).toEqual([]);

  // Browser two, now behind, saves again: it is offered the newer one, and loading it keeps its
  // own edit as another copy.
  await second.versionName.fill("draft-from-machine-two-b");
  const behind = other.page.getByRole("dialog", { name: "This draft was changed elsewhere" });
  await expect(behind).toContainText("draft-follows-dee");
  await behind.getByRole("button", { name: "Load the newer draft" }).click();
  await expect(behind).toBeHidden();
  await expect(second.versionName).toHaveValue("draft-follows-dee");
  await expect(second.image(1)).toHaveValue("nginx:1.28");
  const after = await drafts(checker);
  expect(after).toContain("draft-from-machine-two-b: app (nginx:1.27)");
  expect(after).toContain("(copy 2)");

  await other.context.close();
  await dee.context.close();
});
