import { expect, test } from "@playwright/test";
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
import {
  activeElementId,
  card,
  containerName,
  expectFieldError,
  expectNoFieldError,
  fillAndLeave,
  fillValidMinimum,
  image,
  openEditor,
  port,
  probeType,
  receivedCreates,
  remarks,
  reviewDialog,
  ruleMessage,
  submitAndConfirm,
  submitButton,
  successAlert,
  versionName,
} from "./support/editor";
import { resetSandbox } from "./support/sandbox";

// Every rule of the shared schema, seen from the browser: the message the schema gives for an
// input appears on that input's own field, linked by aria-describedby, with aria-invalid set.

test.beforeEach(async ({ page }) => {
  await resetSandbox();
  await openEditor(page);
});

test("version name: live counter while typing, too short and too long on the field", async ({ page }) => {
  const name = versionName(page);
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

test("remarks longer than 1024 characters", async ({ page }) => {
  const field = remarks(page);
  await fillAndLeave(field, "x".repeat(1025));
  await expect(page.locator("#f-remarks-count")).toHaveText("1025 / 1024 characters");
  await expectFieldError(field, ruleMessage(remarksRule, "x".repeat(1025)));
  await field.fill("x".repeat(1024));
  await expectNoFieldError(field);
});

test("container name shape, and duplicate names flagged live before blur or submit", async ({ page }) => {
  const first = containerName(card(page, 1));
  await fillAndLeave(first, "Web_Server");
  await expectFieldError(first, ruleMessage(containerNameRule, "Web_Server"));
  await fillAndLeave(first, "-web");
  await expectFieldError(first, ruleMessage(containerNameRule, "-web"));
  await fillAndLeave(first, "web");
  await expectNoFieldError(first);

  await page.getByRole("button", { name: "Add container" }).click();
  const second = containerName(card(page, 2));
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

test("image: '@', a space, and empty", async ({ page }) => {
  const field = image(card(page, 1));
  await fillAndLeave(field, "nginx@sha256:0123abcd");
  await expectFieldError(field, ruleMessage(imageRule, "nginx@sha256:0123abcd"));
  await field.fill("nginx :1.25");
  await expectFieldError(field, ruleMessage(imageRule, "nginx :1.25"));
  await field.fill("");
  await expectFieldError(field, ruleMessage(imageRule, ""));
  await field.fill("nginx:1.25");
  await expectNoFieldError(field);
});

test("tcpSocket port: 0, 70000 and abc", async ({ page }) => {
  const field = port(card(page, 1));
  for (const value of ["0", "70000", "abc"]) {
    await fillAndLeave(field, value);
    await expectFieldError(field, ruleMessage(portRule, value));
  }
  await field.fill("65535");
  await expectNoFieldError(field);
});

test("httpGet without a path or port, exec without a command", async ({ page }) => {
  await fillValidMinimum(page);
  const c = card(page, 1);
  await probeType(c, "httpGet").click();
  const path = c.getByLabel("Path", { exact: true });
  await path.fill("");
  await submitButton(page).click();
  await expectFieldError(path, ruleMessage(probePathRule, ""));
  // The tcpSocket port (8080) is kept but unsent; httpGet's own port is empty.
  await expectFieldError(port(c), ruleMessage(portRule, ""));

  await probeType(c, "exec").click();
  await submitButton(page).click();
  await expectFieldError(c.getByLabel("Probe command"), ruleMessage(probeCommandRule, ""));
  await c.getByLabel("Probe command").fill("cat /tmp/healthy");
  await expectNoFieldError(c.getByLabel("Probe command"));
});

test("command line with a control character is refused by its own rule", async ({ page }) => {
  const field = card(page, 1).getByLabel("Command", { exact: true });
  await fillAndLeave(field, "sh\t-c");
  await expectFieldError(field, ruleMessage(commandLineRule("command"), "sh\t-c"));
});

test("probe timing out of range or not a number", async ({ page }) => {
  const c = card(page, 1);
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

test("env rows: bad key, comma in a value, duplicate key", async ({ page }) => {
  const c = card(page, 1);
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
  await submitButton(page).click();
  const duplicate = ruleMessage(envListSchema, [
    { key: "OTHER", value: "" },
    { key: "HOSTS", value: "a" },
    { key: "HOSTS", value: "c" },
  ]);
  expect(duplicate).toContain("HOSTS is already set in row 2");
  await expectFieldError(c.getByLabel("Variable 3 name"), duplicate);
});

test("env text mode: per-line errors name the line", async ({ page }) => {
  const c = card(page, 1);
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

test("probe header value with '@'", async ({ page }) => {
  const c = card(page, 1);
  await probeType(c, "httpGet").click();
  await c.getByRole("button", { name: "Add header" }).click();
  await fillAndLeave(c.getByLabel("Header 1 name"), "X-Owner");
  await fillAndLeave(c.getByLabel("Header 1 value"), "ops@example.com");
  await expectFieldError(c.getByLabel("Header 1 value"), ruleMessage(headerValueRule, "ops@example.com"));
  await expectNoFieldError(c.getByLabel("Header 1 name"));
});

test("ACR region ID is judged only while the Container Registry switch is on", async ({ page }) => {
  await fillValidMinimum(page, "release-acr-switch");
  const c = card(page, 1);
  const acr = c.getByRole("switch", { name: "Container Registry image" });
  await acr.click();
  const region = c.getByLabel("Region ID");
  await fillAndLeave(region, "Hangzhou");
  await expectFieldError(region, "Enter a region ID such as cn-hangzhou or ap-southeast-1.");

  // Off: the registry details are not sent, so the malformed region no longer blocks the version.
  await acr.click();
  await expect(region).toBeHidden();
  await submitAndConfirm(page);
  await expect(successAlert(page)).toContainText("Version created");
  const [create] = await receivedCreates();
  expect(create?.containers[0]).not.toHaveProperty("ACRImageInfo");
  expect(create?.containers[0]?.IsACRImage).toBe(false);
});

// Kept values of a hidden probe type or registry are not sent, but their length is still bounded.
// An over-long one must not leave Create version refusing silently: the control that reveals it
// carries the error and takes focus, and the value is still there to be fixed.
test("an over-long value kept on a hidden probe type is reported on the probe type picker", async ({ page }) => {
  await fillValidMinimum(page, "release-hidden-port");
  const c = card(page, 1);
  const tooLong = "12345678901234567890";
  await port(c).fill(tooLong); // tcpSocket's port
  await probeType(c, "exec").click();
  await c.getByLabel("Probe command").fill("true");

  await submitButton(page).click();
  const picker = c.getByRole("radiogroup", { name: "Probe type" });
  const message = "The tcpSocket port kept from earlier is longer than 16 characters. Select tcpSocket to shorten or clear it.";
  await expectFieldError(picker, message);
  await expect(probeType(c, "exec")).toBeFocused();
  await expect(reviewDialog(page)).toBeHidden();

  await probeType(c, "tcpSocket").click();
  await expect(port(c)).toHaveValue(tooLong);
  await expectFieldError(port(c), ruleMessage(portRule, tooLong));
  await expectNoFieldError(picker);
  await fillAndLeave(port(c), "8080");
  await probeType(c, "exec").click();
  await submitAndConfirm(page);
  await expect(successAlert(page)).toContainText("Version created");
  const [create] = await receivedCreates();
  expect(create?.containers[0]?.ProbeType).toBe("exec");
});

test("an over-long registry detail kept while the registry switch is off is reported on the switch", async ({ page }) => {
  await fillValidMinimum(page, "release-hidden-acr");
  const c = card(page, 1);
  const acr = c.getByRole("switch", { name: "Container Registry image" });
  await acr.click();
  const tagUrl = c.getByLabel("Tag URL");
  const tooLong = `registry.example.com/${"a".repeat(600)}`;
  await tagUrl.fill(tooLong);
  await acr.click();

  await submitButton(page).click();
  await expectFieldError(acr, "The registry tag URL kept from earlier is longer than 512 characters. Turn on Container Registry image to shorten or clear it.");
  await expect(acr).toBeFocused();
  await expect(reviewDialog(page)).toBeHidden();
  await acr.click();
  await expect(tagUrl).toHaveValue(tooLong);
  await expectNoFieldError(acr);
  expect(await receivedCreates()).toEqual([]);
});

test("a failed submit focuses the first invalid field", async ({ page }) => {
  await submitButton(page).click();
  await expect(versionName(page)).toBeFocused();
  expect(await activeElementId(page)).toBe("f-name");
  expect(await receivedCreates()).toEqual([]);
});

test("a failed submit opens a collapsed card holding the first error and focuses the field in it", async ({ page }) => {
  await versionName(page).fill("release-collapsed");
  await port(card(page, 1)).fill("8080"); // container 1's image stays empty
  await page.getByRole("button", { name: "Add container" }).click();
  const second = card(page, 2);
  await image(second).fill("busybox:1.36");
  // Adding a container flags nothing the person has not touched yet (react-hook-form validates the
  // whole list on append), so card 1, with its empty image, can still be collapsed.
  await expectNoFieldError(image(card(page, 1)));
  await fillAndLeave(port(second), "70000"); // a later error, already shown: it must not take the focus
  await expectFieldError(port(second), ruleMessage(portRule, "70000"));

  await page.getByRole("button", { name: "Collapse all" }).click();
  await expect(image(card(page, 1))).toBeHidden();
  await expect(card(page, 1).getByRole("button", { name: "Expand container 1" })).toHaveAttribute("aria-expanded", "false");

  await submitButton(page).click();
  const firstImage = image(card(page, 1));
  await expect(firstImage).toBeFocused();
  expect(await activeElementId(page)).toBe("f-containers-0-image");
  await expectFieldError(firstImage, ruleMessage(imageRule, ""));
  await expect(card(page, 1).getByRole("button", { name: "Collapse container 1" })).toHaveAttribute("aria-expanded", "true");
  // The second card has an error too, so it opened as well, showing it.
  await expectFieldError(port(card(page, 2)), ruleMessage(portRule, "70000"));
  expect(await receivedCreates()).toEqual([]);
});
