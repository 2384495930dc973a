import { expect, test } from "@playwright/test";
import { envKeyRule } from "../lib/version/field-rules";
import {
  card,
  containerName,
  expectFieldError,
  image,
  openEditor,
  port,
  probeType,
  receivedCreates,
  ruleMessage,
  submitAndConfirm,
  submitButton,
  successAlert,
  versionName,
} from "./support/editor";
import { resetSandbox } from "./support/sandbox";

// Two views of one value lose nothing: switching probe type keeps every type's fields (only the
// chosen type's are sent), and the env editor's rows and text modes convert both ways.

test.beforeEach(async ({ page }) => {
  await resetSandbox();
  await openEditor(page);
});

test("switching probe type keeps each type's values; only the chosen type's fields are sent", async ({ page }) => {
  await versionName(page).fill("release-probe-switch");
  const c = card(page, 1);
  await image(c).fill("nginx:1.25");
  await port(c).fill("9000"); // tcpSocket's port

  await probeType(c, "exec").click();
  await c.getByLabel("Probe command").fill("cat /tmp/healthy");
  await probeType(c, "httpGet").click();
  await expect(c.getByLabel("Probe command")).toBeHidden();
  await c.getByLabel("Path", { exact: true }).fill("/healthz");
  await port(c).fill("8080");

  await probeType(c, "exec").click();
  await expect(c.getByLabel("Probe command")).toHaveValue("cat /tmp/healthy");
  await probeType(c, "tcpSocket").click();
  await expect(port(c)).toHaveValue("9000");
  await probeType(c, "httpGet").click();
  await expect(c.getByLabel("Path", { exact: true })).toHaveValue("/healthz");
  await expect(port(c)).toHaveValue("8080");

  await submitAndConfirm(page);
  await expect(successAlert(page)).toContainText("Version created");
  const [create] = await receivedCreates();
  const container = create!.containers[0]!;
  expect(container.ProbeType).toBe("httpGet");
  const content = container.ProbeContent as Record<string, unknown>;
  expect(content).toMatchObject({ Path: "/healthz", Port: 8080, Scheme: "http" });
  expect(content).not.toHaveProperty("Command");
  expect(Object.keys(content).sort()).toEqual(
    ["FailureThreshold", "InitialDelaySeconds", "Path", "PeriodSeconds", "Port", "Scheme", "SuccessThreshold", "TimeoutSeconds"],
  );
});

test("env rows to text and back: text shows KEY=VALUE lines, edits come back as rows, an unreadable line stays a row", async ({ page }) => {
  const c = card(page, 1);
  const add = c.getByRole("button", { name: "Add variable" });
  await add.click();
  await c.getByLabel("Variable 1 name").fill("NODE_ENV");
  await c.getByLabel("Variable 1 value").fill("production");
  await add.click();
  await c.getByLabel("Variable 2 name").fill("LOG_LEVEL");
  await c.getByLabel("Variable 2 value").fill("info");

  await c.getByRole("tab", { name: "Text" }).click();
  const text = c.getByLabel("Variables as text");
  await expect(text).toHaveValue("NODE_ENV=production\nLOG_LEVEL=info");

  await text.fill("NODE_ENV=staging\nLOG_LEVEL=info\n# comments are dropped\nGREETING=\"hello world\"\nnot a variable");
  await expect(c.getByText('Line 5: write it as KEY=VALUE (no "=" found).')).toBeVisible();

  await c.getByRole("tab", { name: "Rows" }).click();
  const rows = [
    ["NODE_ENV", "staging"],
    ["LOG_LEVEL", "info"],
    ["GREETING", "hello world"],
    ["not a variable", ""],
  ];
  await expect(c.getByLabel(/^Variable \d+ name$/)).toHaveCount(rows.length);
  for (const [i, [key, value]] of rows.entries()) {
    await expect(c.getByLabel(`Variable ${i + 1} name`)).toHaveValue(key!);
    await expect(c.getByLabel(`Variable ${i + 1} value`)).toHaveValue(value!);
  }

  // The unreadable line is a row the schema judges like any other: nothing was dropped silently.
  await submitButton(page).click();
  await expectFieldError(c.getByLabel("Variable 4 name"), ruleMessage(envKeyRule, "not a variable"));

  // And back to text once more: the same four variables, the unreadable one now written KEY=VALUE.
  await c.getByRole("tab", { name: "Text" }).click();
  await expect(text).toHaveValue('NODE_ENV=staging\nLOG_LEVEL=info\nGREETING=hello world\nnot a variable=');
});

test("on a narrow screen the preview is built only when asked for, and shows the form's values", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await versionName(page).fill("release-narrow");
  const group = page.getByRole("group", { name: "Editor view" });
  await expect(group.getByRole("button", { name: "Edit" })).toHaveAttribute("aria-pressed", "true");
  // Hidden behind the toggle, the preview is not rendered (nor its code loaded) yet.
  await expect(page.getByTestId("preview-readable")).toHaveCount(0);
  await group.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("preview-readable")).toBeVisible();
  await expect(page.getByTestId("preview-readable")).toContainText('"Name": "release-narrow"');
  await expect(versionName(page)).toBeHidden();
  await group.getByRole("button", { name: "Edit" }).click();
  await expect(versionName(page)).toHaveValue("release-narrow");
});

test("removing a container says so and offers Undo, which puts it back where it was with its values", async ({ page }) => {
  await page.getByRole("button", { name: "Add container" }).click();
  await page.getByRole("button", { name: "Add container" }).click();
  await containerName(card(page, 2)).fill("cache");
  await image(card(page, 2)).fill("redis:7");
  await containerName(card(page, 3)).fill("worker");

  await page.getByRole("button", { name: "Remove container 2" }).click();
  await expect(card(page, 2)).toBeVisible();
  await expect(containerName(card(page, 2))).toHaveValue("worker");
  await expect(card(page, 3)).toHaveCount(0);
  const toast = page.getByRole("listitem").filter({ hasText: "Removed container cache" });
  await expect(toast).toBeVisible();

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(containerName(card(page, 2))).toHaveValue("cache");
  await expect(image(card(page, 2))).toHaveValue("redis:7");
  await expect(containerName(card(page, 3))).toHaveValue("worker");
});
