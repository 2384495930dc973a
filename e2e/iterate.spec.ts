import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { resetSandbox, sandboxRequests } from "./support/sandbox";

// Iterating on versions from the editor's side: start from a version, review the difference,
// import and export.

const SHOP = "app-880688675783790001";
const RESIZER = "app-880688675783790002";

// Each test has a fresh browser context, so no draft carries over between tests.
test.beforeEach(async () => {
  await resetSandbox();
});

const region = (page: Page, n: number) =>
  page.getByRole("region", { name: new RegExp(`^Container ${n}\\b`) });

async function wirePreview(page: Page): Promise<Record<string, string>> {
  await page.getByLabel("Reveal secret values").check();
  await page.getByRole("tab", { name: "Wire form" }).click();
  return JSON.parse((await page.getByTestId("preview-wire").textContent()) ?? "{}") as Record<
    string,
    string
  >;
}

test("clone a seeded version, change one spec and add a container: the review shows exactly that, and the new version settles to created", async ({
  page,
}) => {
  await page.goto(`/apps/${SHOP}/versions/new?from=ver-100000000000000102`);
  await expect(
    page.getByRole("heading", { name: /New version from v2-checkout-redesign/ }),
  ).toBeVisible();
  await expect(page.getByLabel("Version name")).toHaveValue("v2-checkout-redesign-next");
  await expect(region(page, 1).getByLabel("Container name")).toHaveValue("web");
  await expect(region(page, 2).getByLabel("Container name")).toHaveValue("log-shipper");

  await region(page, 1)
    .getByRole("radio", { name: /^4C16G/ })
    .click();
  await page.getByRole("button", { name: "Add container" }).click();
  await region(page, 3).getByLabel("Container name").fill("cache");
  await region(page, 3).getByLabel("Image", { exact: true }).fill("redis:7.2");
  await region(page, 3).getByLabel("Port", { exact: true }).fill("6379");

  await page.getByRole("button", { name: "Create version" }).click();
  const review = page.getByRole("dialog", { name: "Review the new version" });
  const diff = review.getByTestId("version-diff");
  await expect(diff.getByRole("region", { name: "Container web changed" })).toContainText(
    /Spec\s*\S+\s*→\s*4C16G/,
  );
  await expect(
    diff.getByRole("region", { name: "Container web changed" }).getByRole("listitem"),
  ).toHaveCount(1);
  await expect(diff.getByRole("region", { name: "Container cache added" })).toBeVisible();
  await expect(diff).toContainText("Unchanged: log-shipper");
  await expect(diff.getByRole("region", { name: /removed/ })).toHaveCount(0);

  // Back keeps every value; then confirm for real.
  await review.getByRole("button", { name: "Back to editing" }).click();
  await expect(region(page, 3).getByLabel("Image", { exact: true })).toHaveValue("redis:7.2");
  await page.getByRole("button", { name: "Create version" }).click();
  await review.getByRole("button", { name: "Confirm and create" }).click();
  await expect(page.getByTestId("submit-success")).toContainText("Version created");
  expect(await sandboxRequests("CreateEdgeContainerAppVersion")).toHaveLength(1);

  await page.goto(`/apps/${SHOP}`);
  const row = page.getByRole("row", { name: /v2-checkout-redesign-next/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText("created", { timeout: 15_000 });
  await expect(row).not.toContainText("creating");
});

test('prefill turns a PostStart returned as {"exec":{"command":[…]}} into a shell-quoted command line', async ({
  page,
}) => {
  await page.goto(`/apps/${RESIZER}/versions/new?from=ver-100000000000000201`);
  await expect(region(page, 1).getByLabel("PostStart hook")).toHaveValue("sh -c 'echo hi'");
  const wire = await wirePreview(page);
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
  await page.goto(`/apps/${SHOP}/versions/new`);

  const bad = await importJson(
    page,
    JSON.stringify({ ...readable, Containers: [{ ...containers[0], Image: "nginx@sha256:1" }] }),
  );
  await expect(bad.getByRole("alert")).toContainText("Containers[0].Image");
  await bad.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByLabel("Version name")).toHaveValue("");
  await expect(region(page, 1).getByLabel("Image", { exact: true })).toHaveValue("");

  for (const [text, name] of [
    [JSON.stringify(readable), "imported-readable"],
    [JSON.stringify(wireForm), "imported-wire"],
    [JSON.stringify(getResponse), "imported-from-get"],
  ] as const) {
    await importJson(page, text);
    await expect(page.getByLabel("Version name")).toHaveValue(name);
    const wire = await wirePreview(page);
    expect(JSON.parse(wire.Containers!)).toEqual(
      name === "imported-from-get"
        ? [{ ...containers[0], PostStart: "cat /etc/group" }]
        : containers,
    );
    await page.getByRole("tab", { name: "Request" }).click();
  }
});

test("export then import round-trips to the same wire payload", async ({ page }) => {
  await page.goto(`/apps/${SHOP}/versions/new?from=ver-100000000000000102`);
  const before = await wirePreview(page);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const file = await (await downloadPromise).path();
  const exported = await readFile(file, "utf8");

  await page.goto(`/apps/${SHOP}/versions/new`);
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
  expect(await wirePreview(page)).toEqual(before);
});
