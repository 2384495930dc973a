import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { SETTLE_TIMEOUT_MS } from "./support/constants";
import { expect, test } from "./support/fixtures";
import { editorPath, RESIZER, SHOP } from "./support/seed";

// Iterating on versions from the editor's side: start from a version, review the difference,
// import and export. Each test has a fresh browser context, so no draft carries over between tests.

test("clone a seeded version, change one spec and add a container: the review shows exactly that, and the new version settles to created", async ({
  page,
  editor,
  sandbox,
}) => {
  await editor.open(editorPath(SHOP, "ver-100000000000000102"));
  await expect(
    page.getByRole("heading", { name: /New version from v2-checkout-redesign/ }),
  ).toBeVisible();
  await expect(editor.versionName).toHaveValue("v2-checkout-redesign-next");
  await expect(editor.containerName(1)).toHaveValue("web");
  await expect(editor.containerName(2)).toHaveValue("log-shipper");

  await editor
    .card(1)
    .getByRole("radio", { name: /^4C16G/ })
    .click();
  await page.getByRole("button", { name: "Add container" }).click();
  await editor.containerName(3).fill("cache");
  await editor.image(3).fill("redis:7.2");
  await editor.port(3).fill("6379");

  await editor.submitButton.click();
  // Started from a version, the review shows the difference against it.
  const review = editor.reviewDialog;
  await expect(review.getByRole("region", { name: "Container web changed" })).toContainText(
    /Spec\s*\S+\s*→\s*4C16G/,
  );
  await expect(
    review.getByRole("region", { name: "Container web changed" }).getByRole("listitem"),
  ).toHaveCount(1);
  await expect(review.getByRole("region", { name: "Container cache added" })).toBeVisible();
  await expect(review).toContainText("Unchanged: log-shipper");
  await expect(review.getByRole("region", { name: /removed/ })).toHaveCount(0);

  // Back keeps every value; then confirm for real.
  await review.getByRole("button", { name: "Back to editing" }).click();
  await expect(editor.image(3)).toHaveValue("redis:7.2");
  await editor.submitButton.click();
  await review.getByRole("button", { name: "Confirm and create" }).click();
  await expect(editor.successAlert).toContainText("Version created");
  expect(await sandbox.requests("CreateEdgeContainerAppVersion")).toHaveLength(1);

  await page.goto(`/apps/${SHOP}`);
  const row = page.getByRole("row", { name: /v2-checkout-redesign-next/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText("created", { timeout: SETTLE_TIMEOUT_MS });
  await expect(row).not.toContainText("creating");
});

test('prefill turns a PostStart returned as {"exec":{"command":[…]}} into a shell-quoted command line', async ({
  editor,
}) => {
  await editor.open(editorPath(RESIZER, "ver-100000000000000201"));
  await expect(editor.card(1).getByLabel("PostStart hook")).toHaveValue("sh -c 'echo hi'");
  const wire = await editor.readWirePreview();
  const containers = JSON.parse(wire.Containers!) as { PostStart?: string; Storage?: string }[];
  expect(containers[0]!.PostStart).toBe("sh -c 'echo hi'");
  expect(containers[0]!.Storage).toBe("10G"); // from Get: the list would not have it
});

async function importJson(page: Page, text: string) {
  await page.getByRole("button", { name: "Import JSON" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a version" });
  await dialog.getByLabel("Or paste JSON").fill(text);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  return dialog;
}

test("imports the readable request, the wire form and a Get response; a bad import changes nothing", async ({
  page,
  editor,
}) => {
  const containers = [
    {
      Name: "api",
      Image: "nginx:1.25",
      IsACRImage: false,
      Spec: "2C4G",
      Storage: "10G",
      EnvVariables: "A=1,B=2",
      ProbeType: "httpGet",
      ProbeContent: {
        Path: "/healthz",
        Port: 8080,
        HttpHeaders: '[{"X-Probe":"1"}]',
        PeriodSeconds: 5,
      },
    },
  ];
  const readable = {
    AppId: SHOP,
    Name: "imported-readable",
    Remarks: "from JSON",
    Containers: containers,
  };
  const wireForm = { AppId: SHOP, Name: "imported-wire", Containers: JSON.stringify(containers) };
  const getResponse = {
    RequestId: "0000",
    Version: {
      AppId: SHOP,
      VersionId: "ver-1",
      Name: "imported-from-get",
      Status: "created",
      Containers: [
        {
          ...containers[0],
          PostStart: '{"exec":{"command":["cat","/etc/group"]}}',
          ProbeContent: JSON.stringify(containers[0]!.ProbeContent),
        },
      ],
    },
  };
  await editor.open();

  const bad = await importJson(
    page,
    JSON.stringify({ ...readable, Containers: [{ ...containers[0], Image: "nginx@sha256:1" }] }),
  );
  await expect(bad.getByRole("alert")).toContainText("Containers[0].Image");
  await bad.getByRole("button", { name: "Cancel" }).click();
  await expect(editor.versionName).toHaveValue("");
  await expect(editor.image(1)).toHaveValue("");

  for (const [text, name] of [
    [JSON.stringify(readable), "imported-readable"],
    [JSON.stringify(wireForm), "imported-wire"],
    [JSON.stringify(getResponse), "imported-from-get"],
  ] as const) {
    await importJson(page, text);
    await expect(editor.versionName).toHaveValue(name);
    const wire = await editor.readWirePreview();
    expect(JSON.parse(wire.Containers!)).toEqual(
      name === "imported-from-get"
        ? [{ ...containers[0], PostStart: "cat /etc/group" }]
        : containers,
    );
    await page.getByRole("tab", { name: "Request" }).click();
  }
});

test("export then import round-trips to the same wire payload", async ({ page, editor }) => {
  await editor.open(editorPath(SHOP, "ver-100000000000000102"));
  const before = await editor.readWirePreview();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const file = await (await downloadPromise).path();
  const exported = await readFile(file, "utf8");

  await editor.open();
  await page.getByRole("button", { name: "Import JSON" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a version" });
  await dialog
    .getByLabel("JSON file")
    .setInputFiles({
      name: "version.json",
      mimeType: "application/json",
      buffer: Buffer.from(exported),
    });
  await expect(dialog.getByLabel("Or paste JSON")).toHaveValue(exported);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  expect(await editor.readWirePreview()).toEqual(before);
});
