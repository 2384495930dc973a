import type { EditorPage } from "./support/editor";
import { expectFieldError } from "./support/fields";
import { expect, test } from "./support/fixtures";
import { editorPath } from "./support/seed";
import { actionId } from "./support/server-actions";

// What the service refuses comes back onto the field it concerns, or into one form-level alert,
// and nothing the person typed is lost.

/** A version with something in many kinds of input, to check afterwards that all of it survived. */
async function fillRichVersion(editor: EditorPage, name: string) {
  await editor.versionName.fill(name);
  await editor.remarks.fill("Canary for the new cache layer");
  const c = editor.card(1);
  await editor.containerName(1).fill("web");
  await editor.image(1).fill("nginx:1.25");
  await c.getByRole("radio", { name: /^2C4G,/ }).click();
  await c.getByRole("button", { name: "Add variable" }).click();
  await c.getByLabel("Variable 1 name").fill("LOG_LEVEL");
  await c.getByLabel("Variable 1 value").fill("debug");
  await editor.port(1).fill("8080");
}

async function expectRichVersionKept(editor: EditorPage, name: string) {
  await expect(editor.versionName).toHaveValue(name);
  await expect(editor.remarks).toHaveValue("Canary for the new cache layer");
  const c = editor.card(1);
  await expect(editor.containerName(1)).toHaveValue("web");
  await expect(editor.image(1)).toHaveValue("nginx:1.25");
  await expect(c.getByRole("radio", { name: /^2C4G,/ })).toBeChecked();
  await expect(c.getByLabel("Variable 1 name")).toHaveValue("LOG_LEVEL");
  await expect(c.getByLabel("Variable 1 value")).toHaveValue("debug");
  await expect(editor.port(1)).toHaveValue("8080");
}

test("NameAlreadyExists: a seeded name with different content lands on Version name, values kept", async ({ editor, sandbox }) => {
  await editor.open();
  await fillRichVersion(editor, "v1-initial-release"); // the seed's ver-100000000000000101 of this app
  await editor.submitAndConfirm();

  await expect(editor.failureAlert).toContainText("NameAlreadyExists");
  await expectFieldError(editor.versionName, "Version ver-100000000000000101 already uses this name with different content. Choose a different name.");
  await expect(editor.versionName).toBeFocused();
  await expectRichVersionKept(editor, "v1-initial-release");
  const creates = await sandbox.requests("CreateEdgeContainerAppVersion");
  expect(creates.map((r) => r.status)).toEqual([400]);

  // Renaming clears the server's verdict and the same content then goes through.
  await editor.versionName.fill("v1-initial-release-2");
  await editor.submitAndConfirm();
  await expect(editor.successAlert).toContainText("Version created");
});

test("InvalidApp.NotFound: an unknown app lands on the Application select", async ({ page, editor, sandbox }) => {
  const unknown = "app-000000000000000000999";
  await editor.open(editorPath(unknown));
  const select = page.getByLabel("Application");
  await expect(select).toHaveValue(unknown);
  await editor.versionName.fill("release-for-nobody");
  await editor.image(1).fill("nginx:1.25");
  await editor.port(1).fill("80");
  await editor.submitAndConfirm();

  await expect(editor.failureAlert).toContainText("InvalidApp.NotFound");
  await expectFieldError(select, "ESA has no application with this ID. Choose an application from the list.");
  await expect(select).toBeFocused();
  await expect(select).toHaveValue(unknown);
  await expect(editor.versionName).toHaveValue("release-for-nobody");
  const creates = await sandbox.requests("CreateEdgeContainerAppVersion");
  expect(creates).toHaveLength(1);
  expect(creates[0]!.body.AppId).toBe(unknown);
});

for (const [kind, code, message] of [
  ["internal-error", "InternalError", "ESA had an internal error and could not create the version. Try again in a moment."],
  ["throttle", "Throttling.User", "ESA is limiting how often this account may call it. Wait a few seconds and try again."],
] as const) {
  test(`${code}: a form-level alert with code, message and RequestId; every value kept; a retry succeeds`, async ({ page, editor, sandbox }) => {
    await editor.open();
    await fillRichVersion(editor, `release-${kind}`);
    await sandbox.injectFault("CreateEdgeContainerAppVersion", kind);
    await editor.submitAndConfirm();

    const alert = editor.failureAlert;
    await expect(alert).toContainText(code);
    await expect(alert).toContainText(message);
    const [logged] = await sandbox.requests("CreateEdgeContainerAppVersion");
    expect(logged?.body.Name).toBe(`release-${kind}`);
    const requestId = logged!.requestId;
    expect(logged?.code).toBe(code);
    expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
    await expect(alert).toContainText(`RequestId ${requestId}`);
    // Not a field's fault: no field is marked.
    await expect(page.locator('form [aria-invalid="true"]')).toHaveCount(0);
    await expectRichVersionKept(editor, `release-${kind}`);

    // The fault was for one call: the untouched form submits as it is.
    await editor.submitAndConfirm();
    await expect(editor.successAlert).toContainText("Version created");
    expect(await sandbox.receivedCreates()).toHaveLength(2);
  });
}

test("submit shows progress, is disabled while pending, and a double click sends one create", async ({ page, editor, sandbox }) => {
  await editor.open();
  await editor.versionName.fill("release-double-click");
  await editor.image(1).fill("nginx:1.25");
  await editor.port(1).fill("8080");
  // The service answers 1.5 s after creating: below the 3 s read timeout, long enough to click again.
  await sandbox.injectFault("CreateEdgeContainerAppVersion", "slow-after-commit", 1, { delayMs: 1500 });
  // The create's calls, told by its action id: the editor also saves its draft to the server.
  const createId = actionId("createVersionAction", "versions/new/actions");
  const actionCalls: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"] === createId) actionCalls.push(r.url());
  });

  await editor.submitButton.dblclick();
  await editor.reviewDialog.getByRole("button", { name: "Confirm and create" }).dblclick();
  const pending = page.getByRole("button", { name: "Creating version…" });
  await expect(pending).toBeDisabled();
  await expect(pending).toHaveAttribute("aria-busy", "true");

  await expect(editor.successAlert).toContainText("Version created");
  await expect(editor.submitButton).toBeEnabled();
  expect(actionCalls).toHaveLength(1);
  const creates = await sandbox.receivedCreates();
  expect(creates).toHaveLength(1);
  expect(creates[0]!.body.Name).toBe("release-double-click");
});
