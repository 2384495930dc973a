import {
  commandLineRule,
  containerNameRule,
  envKeyRule,
  envValueRule,
  headerValueRule,
  imageRule,
  portRule,
  probeCommandRule,
  probePathRule,
  remarksRule,
  timingRule,
  versionNameRule,
} from "../lib/version/field-rules";
import { envListSchema } from "../lib/version/schema";
import { expectFieldError, expectNoFieldError, fillAndLeave, ruleMessage } from "./support/fields";
import { expect, test } from "./support/fixtures";

// Every rule of the shared schema, seen from the browser: the message the schema gives for an
// input appears on that input's own field, linked by aria-describedby, with aria-invalid set.

test.beforeEach(async ({ editor }) => {
  await editor.open();
});

test("version name: live counter while typing, too short and too long on the field", async ({ page, editor }) => {
  const name = editor.versionName;
  const counter = page.locator("#f-name-count");
  await name.pressSequentially("abc");
  // Live, before any blur: the counter follows the keystrokes and is part of the field's description.
  await expect(counter).toHaveText("3 / 6-128 characters");
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(/3 \/ 6-128 characters/);
  await name.blur();
  await expectFieldError(name, ruleMessage(versionNameRule, "abc"));

  await name.fill("r".repeat(129));
  await expect(counter).toHaveText("129 / 6-128 characters");
  await expectFieldError(name, ruleMessage(versionNameRule, "r".repeat(129)));

  await name.fill("release-ok");
  await expect(counter).toHaveText("10 / 6-128 characters");
  await expectNoFieldError(name);
});

test("remarks longer than 1024 characters", async ({ page, editor }) => {
  const field = editor.remarks;
  await fillAndLeave(field, "x".repeat(1025));
  await expect(page.locator("#f-remarks-count")).toHaveText("1025 / 1024 characters");
  await expectFieldError(field, ruleMessage(remarksRule, "x".repeat(1025)));
  await field.fill("x".repeat(1024));
  await expectNoFieldError(field);
});

test("container name shape, and duplicate names flagged live before blur or submit", async ({ page, editor }) => {
  const first = editor.containerName(1);
  await fillAndLeave(first, "Web_Server");
  await expectFieldError(first, ruleMessage(containerNameRule, "Web_Server"));
  await fillAndLeave(first, "-web");
  await expectFieldError(first, ruleMessage(containerNameRule, "-web"));
  await fillAndLeave(first, "web");
  await expectNoFieldError(first);

  await page.getByRole("button", { name: "Add container" }).click();
  const second = editor.containerName(2);
  await expect(second).toBeFocused();
  await second.fill("");
  await second.pressSequentially("web");
  // Still typing in the field: nothing has been blurred or submitted.
  await expect(second).toBeFocused();
  await expectFieldError(second, "Container 1 already uses this name. Container names must be unique within a version.");
  await expectNoFieldError(first);

  await second.pressSequentially("-2");
  await expectNoFieldError(second);
});

test("image: '@', a space, and empty", async ({ editor }) => {
  const field = editor.image(1);
  await fillAndLeave(field, "nginx@sha256:0123abcd");
  await expectFieldError(field, ruleMessage(imageRule, "nginx@sha256:0123abcd"));
  await field.fill("nginx :1.25");
  await expectFieldError(field, ruleMessage(imageRule, "nginx :1.25"));
  await field.fill("");
  await expectFieldError(field, ruleMessage(imageRule, ""));
  await field.fill("nginx:1.25");
  await expectNoFieldError(field);
});

test("tcpSocket port: 0, 70000 and abc", async ({ editor }) => {
  const field = editor.port(1);
  for (const value of ["0", "70000", "abc"]) {
    await fillAndLeave(field, value);
    await expectFieldError(field, ruleMessage(portRule, value));
  }
  await field.fill("65535");
  await expectNoFieldError(field);
});

test("httpGet without a path or port, exec without a command", async ({ editor }) => {
  await editor.fillValidMinimum();
  const c = editor.card(1);
  await editor.probeType(1, "httpGet").click();
  const path = c.getByLabel("Path", { exact: true });
  await path.fill("");
  await editor.submitButton.click();
  await expectFieldError(path, ruleMessage(probePathRule, ""));
  // The tcpSocket port (8080) is kept but unsent; httpGet's own port is empty.
  await expectFieldError(editor.port(1), ruleMessage(portRule, ""));

  await editor.probeType(1, "exec").click();
  await editor.submitButton.click();
  await expectFieldError(c.getByLabel("Probe command"), ruleMessage(probeCommandRule, ""));
  await c.getByLabel("Probe command").fill("cat /tmp/healthy");
  await expectNoFieldError(c.getByLabel("Probe command"));
});

test("command line with a control character is refused by its own rule", async ({ editor }) => {
  const field = editor.card(1).getByLabel("Command", { exact: true });
  await fillAndLeave(field, "sh\t-c");
  await expectFieldError(field, ruleMessage(commandLineRule("command"), "sh\t-c"));
});

test("probe timing out of range or not a number", async ({ editor }) => {
  const c = editor.card(1);
  const cases = [
    ["Timeout (s)", timingRule("timeoutSeconds"), "0"],
    ["Initial delay (s)", timingRule("initialDelaySeconds"), "3601"],
    ["Period (s)", timingRule("periodSeconds"), "ten"],
    ["Success threshold", timingRule("successThreshold"), "-1"],
    ["Failure threshold", timingRule("failureThreshold"), "101"],
  ] as const;
  for (const [label, rule, value] of cases) {
    const field = c.getByLabel(label, { exact: true });
    await fillAndLeave(field, value);
    await expectFieldError(field, ruleMessage(rule, value));
  }
  // Empty means "the service default": allowed.
  await c.getByLabel("Timeout (s)", { exact: true }).fill("");
  await expectNoFieldError(c.getByLabel("Timeout (s)", { exact: true }));
});

test("env rows: bad key, comma in a value, duplicate key", async ({ editor }) => {
  const c = editor.card(1);
  const add = c.getByRole("button", { name: "Add variable" });
  await add.click();
  await add.click();
  await add.click();
  await fillAndLeave(c.getByLabel("Variable 1 name"), "1BAD-KEY");
  await expectFieldError(c.getByLabel("Variable 1 name"), ruleMessage(envKeyRule, "1BAD-KEY"));

  await fillAndLeave(c.getByLabel("Variable 2 name"), "HOSTS");
  await fillAndLeave(c.getByLabel("Variable 2 value"), "a,b");
  await expectFieldError(c.getByLabel("Variable 2 value"), ruleMessage(envValueRule, "a,b"));
  await expectNoFieldError(c.getByLabel("Variable 2 name"));

  await fillAndLeave(c.getByLabel("Variable 3 name"), "HOSTS");
  await fillAndLeave(c.getByLabel("Variable 3 value"), "c");
  await editor.submitButton.click();
  const duplicate = ruleMessage(envListSchema, [
    { key: "OTHER", value: "" },
    { key: "HOSTS", value: "a" },
    { key: "HOSTS", value: "c" },
  ]);
  expect(duplicate).toContain("HOSTS is already set in row 2");
  await expectFieldError(c.getByLabel("Variable 3 name"), duplicate);
});

test("env text mode: per-line errors name the line", async ({ editor }) => {
  const c = editor.card(1);
  await c.getByRole("tab", { name: "Text" }).click();
  const text = c.getByLabel("Variables as text");
  await text.fill(["# settings", "GOOD=1", "", "no equals sign", "2BAD=x", "LIST=a,b", "GOOD=2"].join("\n"));
  await expectFieldError(text, 'Line 4: write it as KEY=VALUE (no "=" found).');
  await expectFieldError(text, `Line 5: ${ruleMessage(envKeyRule, "2BAD")}`);
  await expectFieldError(text, `Line 6: ${ruleMessage(envValueRule, "a,b")}`);
  await expectFieldError(text, "Line 7: GOOD is already set in row 1.");
  await text.fill("GOOD=1\nOTHER=2");
  await expectNoFieldError(text);
});

test("probe header value with '@'", async ({ editor }) => {
  const c = editor.card(1);
  await editor.probeType(1, "httpGet").click();
  await c.getByRole("button", { name: "Add header" }).click();
  await fillAndLeave(c.getByLabel("Header 1 name"), "X-Owner");
  await fillAndLeave(c.getByLabel("Header 1 value"), "ops@example.com");
  await expectFieldError(c.getByLabel("Header 1 value"), ruleMessage(headerValueRule, "ops@example.com"));
  await expectNoFieldError(c.getByLabel("Header 1 name"));
});

test("ACR region ID is judged only while the Container Registry switch is on", async ({ editor, sandbox }) => {
  await editor.fillValidMinimum("release-acr-switch");
  const c = editor.card(1);
  const acr = c.getByRole("switch", { name: "Container Registry image" });
  await acr.click();
  const region = c.getByLabel("Region ID");
  await fillAndLeave(region, "Hangzhou");
  await expectFieldError(region, "Enter a region ID such as cn-hangzhou or ap-southeast-1.");

  // Off: the registry details are not sent, so the malformed region no longer blocks the version.
  await acr.click();
  await expect(region).toBeHidden();
  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");
  const [create] = await sandbox.receivedCreates();
  expect(create?.containers[0]).not.toHaveProperty("ACRImageInfo");
  expect(create?.containers[0]?.IsACRImage).toBe(false);
});

// Kept values of a hidden probe type or registry are not sent, but their length is still bounded.
// An over-long one must not leave Create version refusing silently: the control that reveals it
// carries the error and takes focus, and the value is still there to be fixed.
test("an over-long value kept on a hidden probe type is reported on the probe type picker", async ({ editor, sandbox }) => {
  await editor.fillValidMinimum("release-hidden-port");
  const c = editor.card(1);
  const tooLong = "12345678901234567890";
  await editor.port(1).fill(tooLong); // tcpSocket's port
  await editor.probeType(1, "exec").click();
  await c.getByLabel("Probe command").fill("true");

  await editor.submitButton.click();
  const picker = c.getByRole("radiogroup", { name: "Probe type" });
  const message = "The tcpSocket port kept from earlier is longer than 16 characters. Select tcpSocket to shorten or clear it.";
  await expectFieldError(picker, message);
  await expect(editor.probeType(1, "exec")).toBeFocused();
  await expect(editor.reviewDialog).toBeHidden();

  await editor.probeType(1, "tcpSocket").click();
  await expect(editor.port(1)).toHaveValue(tooLong);
  await expectFieldError(editor.port(1), ruleMessage(portRule, tooLong));
  await expectNoFieldError(picker);
  await fillAndLeave(editor.port(1), "8080");
  await editor.probeType(1, "exec").click();
  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");
  const [create] = await sandbox.receivedCreates();
  expect(create?.containers[0]?.ProbeType).toBe("exec");
});

test("an over-long registry detail kept while the registry switch is off is reported on the switch", async ({ editor, sandbox }) => {
  await editor.fillValidMinimum("release-hidden-acr");
  const c = editor.card(1);
  const acr = c.getByRole("switch", { name: "Container Registry image" });
  await acr.click();
  const tagUrl = c.getByLabel("Tag URL");
  const tooLong = `registry.example.com/${"a".repeat(600)}`;
  await tagUrl.fill(tooLong);
  await acr.click();

  await editor.submitButton.click();
  await expectFieldError(acr, "The registry tag URL kept from earlier is longer than 512 characters. Turn on Container Registry image to shorten or clear it.");
  await expect(acr).toBeFocused();
  await expect(editor.reviewDialog).toBeHidden();
  await acr.click();
  await expect(tagUrl).toHaveValue(tooLong);
  await expectNoFieldError(acr);
  expect(await sandbox.receivedCreates()).toEqual([]);
});

test("a failed submit focuses the first invalid field", async ({ editor, sandbox }) => {
  await editor.submitButton.click();
  await expect(editor.versionName).toBeFocused();
  expect(await editor.activeElementId()).toBe("f-name");
  expect(await sandbox.receivedCreates()).toEqual([]);
});

test("a failed submit opens a collapsed card holding the first error and focuses the field in it", async ({ page, editor, sandbox }) => {
  await editor.versionName.fill("release-collapsed");
  await editor.port(1).fill("8080"); // container 1's image stays empty
  await page.getByRole("button", { name: "Add container" }).click();
  await editor.image(2).fill("busybox:1.36");
  // Adding a container flags nothing the person has not touched yet (react-hook-form validates the
  // whole list on append), so card 1, with its empty image, can still be collapsed.
  await expectNoFieldError(editor.image(1));
  await fillAndLeave(editor.port(2), "70000"); // a later error, already shown: it must not take the focus
  await expectFieldError(editor.port(2), ruleMessage(portRule, "70000"));

  await page.getByRole("button", { name: "Collapse all" }).click();
  await expect(editor.image(1)).toBeHidden();
  await expect(editor.card(1).getByRole("button", { name: "Expand container 1" })).toHaveAttribute("aria-expanded", "false");

  await editor.submitButton.click();
  const firstImage = editor.image(1);
  await expect(firstImage).toBeFocused();
  expect(await editor.activeElementId()).toBe("f-containers-0-image");
  await expectFieldError(firstImage, ruleMessage(imageRule, ""));
  await expect(editor.card(1).getByRole("button", { name: "Collapse container 1" })).toHaveAttribute("aria-expanded", "true");
  // The second card has an error too, so it opened as well, showing it.
  await expectFieldError(editor.port(2), ruleMessage(portRule, "70000"));
  expect(await sandbox.receivedCreates()).toEqual([]);
});
