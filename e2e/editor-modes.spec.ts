import { envKeyRule } from "../lib/version/field-rules";
import { expectFieldError, ruleMessage } from "./support/fields";
import { expect, test } from "./support/fixtures";

// Two views of one value lose nothing: switching probe type keeps every type's fields (only the
// chosen type's are sent), and the env editor's rows and text modes convert both ways.

test.beforeEach(async ({ editor }) => {
  await editor.open();
});

test("switching probe type keeps each type's values; only the chosen type's fields are sent", async ({ editor, sandbox }) => {
  await editor.versionName.fill("release-probe-switch");
  const c = editor.card(1);
  await editor.image(1).fill("nginx:1.25");
  await editor.port(1).fill("9000"); // tcpSocket's port

  await editor.probeType(1, "exec").click();
  await c.getByLabel("Probe command").fill("cat /tmp/healthy");
  await editor.probeType(1, "httpGet").click();
  await expect(c.getByLabel("Probe command")).toBeHidden();
  await c.getByLabel("Path", { exact: true }).fill("/healthz");
  await editor.port(1).fill("8080");

  await editor.probeType(1, "exec").click();
  await expect(c.getByLabel("Probe command")).toHaveValue("cat /tmp/healthy");
  await editor.probeType(1, "tcpSocket").click();
  await expect(editor.port(1)).toHaveValue("9000");
  await editor.probeType(1, "httpGet").click();
  await expect(c.getByLabel("Path", { exact: true })).toHaveValue("/healthz");
  await expect(editor.port(1)).toHaveValue("8080");

  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");
  const [create] = await sandbox.receivedCreates();
  const container = create!.containers[0]!;
  expect(container.ProbeType).toBe("httpGet");
  const content = container.ProbeContent as Record<string, unknown>;
  expect(content).toMatchObject({ Path: "/healthz", Port: 8080, Scheme: "http" });
  expect(content).not.toHaveProperty("Command");
  expect(Object.keys(content).sort()).toEqual(
    ["FailureThreshold", "InitialDelaySeconds", "Path", "PeriodSeconds", "Port", "Scheme", "SuccessThreshold", "TimeoutSeconds"],
  );
});

test("env rows to text and back: text shows KEY=VALUE lines, edits come back as rows, an unreadable line stays a row", async ({ editor }) => {
  const c = editor.card(1);
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
  await editor.submitButton.click();
  await expectFieldError(c.getByLabel("Variable 4 name"), ruleMessage(envKeyRule, "not a variable"));

  // And back to text once more: the same four variables, the unreadable one now written KEY=VALUE.
  await c.getByRole("tab", { name: "Text" }).click();
  await expect(text).toHaveValue('NODE_ENV=staging\nLOG_LEVEL=info\nGREETING=hello world\nnot a variable=');
});

test("on a narrow screen the preview is built only when asked for, and shows the form's values", async ({ page, editor }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await editor.versionName.fill("release-narrow");
  const group = page.getByRole("group", { name: "Editor view" });
  await expect(group.getByRole("button", { name: "Edit" })).toHaveAttribute("aria-pressed", "true");
  // Hidden behind the toggle, the preview is not rendered (nor its code loaded) yet.
  const preview = editor.previewCode("request JSON");
  await expect(preview).toHaveCount(0);
  await group.getByRole("button", { name: "Preview" }).click();
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('"Name": "release-narrow"');
  await expect(editor.versionName).toBeHidden();
  await group.getByRole("button", { name: "Edit" }).click();
  await expect(editor.versionName).toHaveValue("release-narrow");
});

test("removing a container says so and offers Undo, which puts it back where it was with its values", async ({ page, editor }) => {
  await page.getByRole("button", { name: "Add container" }).click();
  await page.getByRole("button", { name: "Add container" }).click();
  await editor.containerName(2).fill("cache");
  await editor.image(2).fill("redis:7");
  await editor.containerName(3).fill("worker");

  await page.getByRole("button", { name: "Remove container 2" }).click();
  await expect(editor.card(2)).toBeVisible();
  await expect(editor.containerName(2)).toHaveValue("worker");
  await expect(editor.card(3)).toHaveCount(0);
  const toast = page.getByRole("listitem").filter({ hasText: "Removed container cache" });
  await expect(toast).toBeVisible();

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(editor.containerName(2)).toHaveValue("cache");
  await expect(editor.image(2)).toHaveValue("redis:7");
  await expect(editor.containerName(3)).toHaveValue("worker");
});
