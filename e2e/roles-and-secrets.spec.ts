import type { APIResponse, Page } from "@playwright/test";

import { APP_ORIGIN } from "./support/constants";
import { EditorPage } from "./support/editor";
import { expect, test } from "./support/fixtures";
import { grantOnAdminPage } from "./support/grants";
import { invitePerson, newPersonDetails } from "./support/people";
import { actionId } from "./support/server-actions";
import { editorPath, RESIZER, SHOP } from "./support/seed";

// Runs after admin-and-audit.spec.ts, which expects to make the first grants of a run.
// Who may do what (issue 17, section 3), the way the "done when" tells it: a submitter on
// shop-* sees only matching apps, creates in one and is refused on another with a message and
// nothing sent to ESA; a viewer replaying the submitter's captured create is refused too.

const CREATE = "CreateEdgeContainerAppVersion";

const grant = grantOnAdminPage;

type Captured = { url: string; headers: Record<string, string>; body: string };

/** Waits for the create action's call for version `name` (told from the dry run by its action id,
 * not by its answer, whose body is gone once the page moves on to the new version) and keeps it. */
async function captureCreate(page: Page, name: string): Promise<Captured> {
  const createId = actionId("createVersionAction", "versions/new/actions");
  const request = await page.waitForRequest(
    (r) =>
      r.method() === "POST" &&
      r.headers()["next-action"] === createId &&
      (r.postData() ?? "").includes(`"name":"${name}"`),
  );
  return { url: request.url(), headers: request.headers(), body: request.postData() ?? "" };
}

/** Sends a captured action call again, as whoever's cookies `page` carries, with other values. */
function replay(page: Page, call: Captured, change: Record<string, unknown>): Promise<APIResponse> {
  const [values] = JSON.parse(call.body) as [Record<string, unknown>];
  return page.request.post(call.url, {
    headers: {
      Origin: APP_ORIGIN,
      "Next-Action": call.headers["next-action"]!,
      Accept: "text/x-component",
      "Content-Type": call.headers["content-type"] ?? "text/plain;charset=UTF-8",
    },
    data: JSON.stringify([{ ...values, ...change }]),
    maxRedirects: 0,
  });
}

test("a submitter on shop-* sees and creates in matching apps only; refusals send nothing to ESA, a viewer's replay included", async ({
  browser,
  page,
  sandbox,
}) => {
  test.setTimeout(180_000);
  const sam = await invitePerson(browser, page, newPersonDetails("submitter"));
  const vera = await invitePerson(browser, page, newPersonDetails("viewer"));
  await grant(page, sam.person, "submitter", "shop-*");
  await grant(page, vera.person, "viewer", "*");

  // Only the matching app is listed, and the list says why it is short.
  await sam.page.goto("/apps");
  const table = sam.page.getByRole("table", { name: "Edge container applications" });
  await expect(table).toContainText("shop-frontend");
  await expect(table).not.toContainText("image-resizer");
  await expect(
    sam.page.getByText("3 applications are not shown: your grants do not cover them."),
  ).toBeVisible();

  // Creates in shop-frontend.
  const editor = new EditorPage(sam.page);
  await editor.open(editorPath(SHOP));
  await editor.fillValidMinimum("access-submitter-1");
  const captured = captureCreate(sam.page, "access-submitter-1");
  await editor.submitAndConfirm();
  const call = await captured;
  await expect(editor.successAlert).toContainText("Version created");
  expect(await sandbox.requests(CREATE)).toHaveLength(1);

  // Refused on image-resizer: the editor page answers 403 with the role it needs …
  const refused = await sam.page.goto(editorPath(RESIZER));
  expect(refused?.status()).toBe(403);
  await expect(sam.page.getByRole("main")).toContainText(
    "You have no access to image-resizer; creating versions needs submitter.",
  );
  // Its app page and the API answer 403 too, naming the role viewing needs.
  expect((await sam.page.goto(`/apps/${RESIZER}`))?.status()).toBe(403);
  await expect(sam.page.getByRole("main")).toContainText(
    "You have no access to image-resizer; viewing this app needs viewer.",
  );
  const listed = await sam.page.request.get(`/api/apps/${RESIZER}/versions`);
  expect(listed.status()).toBe(403);
  expect(await listed.json()).toMatchObject({ error: { code: "Forbidden" } });
  // … and so does the create action itself, called directly with that app's id.
  const direct = await replay(sam.page, call, { appId: RESIZER, name: "access-submitter-2" });
  expect(await direct.text()).toContain(
    "You have no access to image-resizer; creating versions needs submitter.",
  );

  // The viewer replays the submitter's captured create: refused, nothing created.
  const replayed = await replay(vera.page, call, { name: "access-viewer-replay" });
  const answer = await replayed.text();
  expect(answer).toContain('"code":"Forbidden"');
  expect(answer).toContain(
    "You have viewer access to shop-frontend; creating versions needs submitter.",
  );
  expect(await sandbox.requests(CREATE)).toHaveLength(1);

  await sam.context.close();
  await vera.context.close();
});

test("a viewer gets versions with secrets redacted and controls disabled with the reason; a submitter's reveal shows them", async ({
  browser,
  page,
  sandbox,
}) => {
  test.setTimeout(180_000);
  const vera = await invitePerson(browser, page, newPersonDetails("viewer"));
  const sam = await invitePerson(browser, page, newPersonDetails("submitter"));
  await grant(page, vera.person, "viewer", "*");
  await grant(page, sam.person, "submitter", SHOP);

  // The administrator creates a version with a secret environment value.
  const editor = new EditorPage(page);
  await editor.open(editorPath(SHOP));
  await editor.fillValidMinimum("access-secret-1");
  const card = editor.card(1);
  await card.getByRole("tab", { name: "Text" }).click();
  await card.getByLabel("Variables as text").fill("DB_PASSWORD=s3cr3t-e2e\nLOG_LEVEL=info");
  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");
  const [create] = await sandbox.requests(CREATE);
  expect(create).toBeDefined();
  const link = editor.successAlert.getByRole("link").first();
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/\/versions\/ver-/);

  // The viewer: no secret in the page or the API, reveal and "New version from this" disabled.
  const response = await vera.page.goto(href);
  expect(await response?.text()).not.toContain("s3cr3t-e2e");
  await expect(vera.page.getByText(/Created by Ada Admin via Version Studio/)).toBeVisible();
  const row = vera.page.getByRole("row", { name: /DB_PASSWORD/ });
  await expect(row).toContainText("••••••");
  await expect(vera.page.getByLabel("Reveal secret values")).toBeDisabled();
  await expect(vera.page.getByText("revealing secret values needs submitter")).toBeVisible();
  await expect(vera.page.getByRole("button", { name: "New version from this" })).toBeDisabled();
  await expect(
    vera.page.getByText(
      "You have viewer access to shop-frontend; creating versions needs submitter.",
    ),
  ).toBeVisible();
  const api = await vera.page.request.get(`/api${href}`);
  expect(api.status()).toBe(200);
  expect(await api.text()).not.toContain("s3cr3t-e2e");

  // The submitter reveals them through the audited action.
  await sam.page.goto(href);
  const secret = sam.page.getByRole("row", { name: /DB_PASSWORD/ });
  await expect(secret).toContainText("••••••");
  await sam.page.getByLabel("Reveal secret values").click();
  await expect(secret).toContainText("s3cr3t-e2e");

  await sam.context.close();
  await vera.context.close();
});
