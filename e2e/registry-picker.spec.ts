import type { Locator, Page } from "@playwright/test";
import type { EditorPage } from "./support/editor";
import { expect, test } from "./support/fixtures";
import { invitePerson, newPersonDetails } from "./support/people";
import { editorPath, SHOP } from "./support/seed";

// Issue 20: pick a Container Registry Enterprise image instead of typing nine fields, against the
// sandbox's emulated registry (shop-registry in cn-hangzhou; shop/web holds 130 tags, newest
// 1.0.129 first, 30 a page).

const INSTANCE = "cri-shop7k2m9xq4vb";
const INTERNET = "shop-registry-registry.cn-hangzhou.cr.aliyuncs.com";
const VPC = "shop-registry-registry-vpc.cn-hangzhou.cr.aliyuncs.com";

function picker(page: Page): Locator {
  return page.getByRole("dialog", { name: "Pick from Container Registry" });
}

/** Opens the picker of container 1 with the registry switch on, and walks down to shop/web. */
async function pickShopWeb(page: Page, editor: EditorPage, endpoint: "Internet" | "VPC" = "Internet") {
  const card = editor.card(1);
  await card.getByRole("switch", { name: "Container Registry image" }).click();
  await card.getByRole("button", { name: "Pick from registry" }).click();
  const dialog = picker(page);
  await dialog.getByLabel("Region", { exact: true }).selectOption("cn-hangzhou");
  await dialog.getByRole("radio", { name: /^shop-registry/ }).check();
  await dialog.getByRole("radio", { name: new RegExp(`^${endpoint}`) }).check();
  await dialog.getByLabel("Namespace", { exact: true }).selectOption("shop");
  await dialog.getByLabel("Search repositories").fill("we");
  // The search narrows the list: storefront-api is gone, web stays (private).
  await expect(dialog.getByRole("radio", { name: /^storefront-api/ })).toHaveCount(0);
  await dialog.getByRole("radio", { name: /^web Private/ }).check();
  await expect(dialog.getByText("Page 1 of 5 (130 tags)")).toBeVisible();
  await expect(dialog.getByRole("radio", { name: /^1\.0\.129\b/ })).toHaveCount(1);
  return dialog;
}

async function chooseTag(dialog: Locator, tag: string) {
  await dialog.getByRole("radio", { name: new RegExp(`^${tag.replaceAll(".", "\\.")}\\b`) }).check();
  await dialog.getByRole("button", { name: "Use this image" }).click();
  await expect(dialog).toBeHidden();
}

test("pick instance, namespace, repository by search and a tag from page 2: nine fields, the preview and the created version agree", async ({
  page,
  editor,
}) => {
  await editor.open(editorPath(SHOP));
  await editor.versionName.fill("registry-pick-1");
  await editor.port(1).fill("8080");
  const dialog = await pickShopWeb(page, editor, "VPC");
  await dialog.getByRole("button", { name: "Next page" }).click();
  await expect(dialog.getByText("Page 2 of 5 (130 tags)")).toBeVisible();
  await chooseTag(dialog, "1.0.99");

  const card = editor.card(1);
  const tagUrl = `${VPC}/shop/web:1.0.99`;
  const repoId = await card.getByLabel("Repository ID").inputValue();
  expect(repoId).toMatch(/^crr-[0-9a-f]{16}$/);
  await expect(card.getByRole("switch", { name: "Enterprise Edition instance" })).toBeChecked();
  await expect(card.getByLabel("Registry domain")).toHaveValue(VPC);
  await expect(card.getByLabel("Instance ID", { exact: true })).toHaveValue(INSTANCE);
  await expect(card.getByLabel("Region ID", { exact: true })).toHaveValue("cn-hangzhou");
  await expect(card.getByLabel("Repository name", { exact: true })).toHaveValue("web");
  await expect(card.getByLabel("Repository namespace")).toHaveValue("shop");
  await expect(card.getByLabel("Tag", { exact: true })).toHaveValue("1.0.99");
  await expect(card.getByLabel("Tag URL")).toHaveValue(tagUrl);
  await expect(editor.image(1)).toHaveValue(tagUrl);
  // Still editable by hand.
  await expect(card.getByLabel("Tag", { exact: true })).toBeEditable();

  const expected = {
    IsEnterpriseRegistry: true,
    Domain: VPC,
    InstanceId: INSTANCE,
    RegionId: "cn-hangzhou",
    RepoId: repoId,
    RepoName: "web",
    RepoNamespace: "shop",
    Tag: "1.0.99",
    TagUrl: tagUrl,
  };
  const wire = await editor.readWirePreview();
  const [sent] = JSON.parse(wire.Containers!) as Record<string, unknown>[];
  expect(sent).toMatchObject({ Image: tagUrl, IsACRImage: true, ACRImageInfo: expected });

  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");
  const versionId = (await editor.successAlert.getByRole("link").textContent())!.trim();
  const got = await page.request.get(`/api/apps/${SHOP}/versions/${versionId}`);
  expect(got.ok()).toBe(true);
  const { version } = (await got.json()) as { version: { containers: Record<string, unknown>[] } };
  expect(version.containers[0]).toMatchObject({ Image: tagUrl, IsACRImage: true, ACRImageInfo: expected });
});

test("a tag deleted after it was picked is refused on its field at dry run", async ({ page, editor, sandbox }) => {
  await editor.open(editorPath(SHOP));
  await editor.versionName.fill("registry-dry-run-1");
  await editor.port(1).fill("8080");
  await chooseTag(await pickShopWeb(page, editor), "1.0.128");
  const repoId = await editor.card(1).getByLabel("Repository ID").inputValue();
  await sandbox.deleteRegistryTag(repoId, "1.0.128");

  await editor.validateButton.click();
  await expect(editor.failureAlert).toContainText("ValidationFailed");
  const tag = editor.card(1).getByLabel("Tag", { exact: true });
  await expect(tag).toHaveAttribute("aria-invalid", "true");
  await expect(editor.card(1)).toContainText('Tag "1.0.128" no longer exists in this repository');
  expect(await sandbox.requests("CreateEdgeContainerAppVersion")).toHaveLength(0);
});

test("a version built on an old tag says a newer one exists; one click updates only that container", async ({
  page,
  editor,
}) => {
  await editor.open(editorPath(SHOP));
  await editor.versionName.fill("registry-old-tag-1");
  await editor.port(1).fill("8080");
  await page.getByRole("button", { name: "Add container" }).click();
  await editor.containerName(2).fill("sidecar");
  await editor.image(2).fill("nginx:1.25");
  await editor.port(2).fill("8081");
  await chooseTag(await pickShopWeb(page, editor), "1.0.120");
  await editor.submitAndConfirm();
  await editor.successAlert.getByRole("link").click();

  // The version's page: the hint, and a one-click new version on the newest tag.
  const hint = page.getByRole("status").filter({ hasText: "Newer tag available" });
  await expect(hint).toContainText("1.0.129");
  await hint.getByRole("link", { name: /New version with 1\.0\.129/ }).click();
  await editor.waitForHydration();
  await expect(editor.card(1).getByLabel("Tag", { exact: true })).toHaveValue("1.0.129");
  await expect(editor.image(1)).toHaveValue(`${INTERNET}/shop/web:1.0.129`);
  await expect(editor.image(2)).toHaveValue("nginx:1.25");

  // Only that container's tag, tag URL and image changed against the version it started from.
  await editor.submitButton.click();
  const changed = editor.reviewDialog.getByRole("region", { name: /changed/ });
  await expect(changed).toHaveCount(1);
  await expect(changed.getByRole("listitem")).toHaveCount(3);
  await expect(changed).toContainText("1.0.129");
  await expect(editor.reviewDialog).toContainText("Unchanged: sidecar");
  await editor.reviewDialog.getByRole("button", { name: "Back to editing" }).click();

  // In the editor retagged from it, the hint is gone: the container is on the newest tag.
  await expect(editor.card(1).getByRole("status").filter({ hasText: "Newer tag available" })).toHaveCount(0);

  // Started from the version without the offer, the editor's card offers it in one click.
  const from = new URL(page.url()).searchParams.get("from")!;
  await page.goto("about:blank");
  await editor.open(editorPath(SHOP, from));
  const cardHint = editor.card(1).getByRole("status").filter({ hasText: "Newer tag available" });
  await expect(cardHint).toContainText("1.0.129");
  await cardHint.getByRole("button", { name: "Use 1.0.129" }).click();
  await expect(editor.card(1).getByLabel("Tag", { exact: true })).toHaveValue("1.0.129");
  await expect(editor.card(1).getByLabel("Tag URL")).toHaveValue(`${INTERNET}/shop/web:1.0.129`);
  await expect(editor.image(1)).toHaveValue(`${INTERNET}/shop/web:1.0.129`);
  await expect(editor.image(2)).toHaveValue("nginx:1.25");
  await expect(cardHint).toHaveCount(0);
});

test("a missing RAM permission for cr:ListInstance is a readable message, not a broken editor", async ({
  page,
  editor,
  sandbox,
}) => {
  await sandbox.denyRegistryAction("ListInstance");
  await editor.open(editorPath(SHOP));
  const card = editor.card(1);
  await card.getByRole("switch", { name: "Container Registry image" }).click();
  await card.getByRole("button", { name: "Pick from registry" }).click();
  const dialog = picker(page);
  await dialog.getByLabel("Region", { exact: true }).selectOption("cn-hangzhou");
  const alert = dialog.getByRole("alert").filter({ hasText: "Could not list the registry instances" });
  await expect(alert).toContainText("cr:ListInstance");
  await expect(alert).toContainText("AliyunContainerRegistryReadOnlyAccess");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  // Manual entry still works.
  await card.getByLabel("Tag", { exact: true }).fill("1.0.0");
  await expect(card.getByLabel("Tag", { exact: true })).toHaveValue("1.0.0");
});

test("registry reads need submitter on the app: a viewer is refused before the registry is asked", async ({
  browser,
  page,
  sandbox,
}) => {
  const vera = await invitePerson(browser, page, newPersonDetails("registry-viewer"));
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Add a grant" });
  await form.getByLabel("Person").selectOption({ label: `${vera.person.name} (${vera.person.email})` });
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByLabel("App pattern").fill("shop-*");
  await form.getByRole("button", { name: "Add grant" }).click();
  await expect(page.getByRole("table", { name: "Grants" }).getByRole("row").filter({ hasText: vera.person.email })).toContainText("shop-*");

  const refused = await vera.page.request.get(`/api/apps/${SHOP}/registry/regions`);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({
    error: { code: "Forbidden", message: expect.stringContaining("picking images from Container Registry needs submitter") },
  });
  expect(await sandbox.requests("ListInstanceRegion")).toHaveLength(0);
  // The administrator (a submitter and more) is answered.
  const allowed = await page.request.get(`/api/apps/${SHOP}/registry/regions`);
  expect(await allowed.json()).toEqual([
    { regionId: "cn-hangzhou", localName: "China (Hangzhou)" },
    { regionId: "cn-shanghai", localName: "China (Shanghai)" },
  ]);
  await vera.context.close();
});
