import { expect, test, type Page } from "@playwright/test";
import {
  card,
  containerName,
  expectFieldError,
  failureAlert,
  image,
  openEditor,
  port,
  receivedCreates,
  remarks,
  reviewDialog,
  submitAndConfirm,
  submitButton,
  successAlert,
  versionName,
} from "./support/editor";
import { injectFault, resetSandbox, sandboxRequests } from "./support/sandbox";

// What the service refuses comes back onto the field it concerns, or into one form-level alert,
// and nothing the person typed is lost.

test.beforeEach(async () => {
  await resetSandbox();
});

/** A version with something in many kinds of input, to check afterwards that all of it survived. */
async function fillRichVersion(page: Page, name: string) {
  await versionName(page).fill(name);
  await remarks(page).fill("Canary for the new cache layer");
  const c = card(page, 1);
  await containerName(c).fill("web");
  await image(c).fill("nginx:1.25");
  await c.getByRole("radio", { name: /^2C4G,/ }).click();
  await c.getByRole("button", { name: "Add variable" }).click();
  await c.getByLabel("Variable 1 name").fill("LOG_LEVEL");
  await c.getByLabel("Variable 1 value").fill("debug");
  await port(c).fill("8080");
}

async function expectRichVersionKept(page: Page, name: string) {
  await expect(versionName(page)).toHaveValue(name);
  await expect(remarks(page)).toHaveValue("Canary for the new cache layer");
  const c = card(page, 1);
  await expect(containerName(c)).toHaveValue("web");
  await expect(image(c)).toHaveValue("nginx:1.25");
  await expect(c.getByRole("radio", { name: /^2C4G,/ })).toBeChecked();
  await expect(c.getByLabel("Variable 1 name")).toHaveValue("LOG_LEVEL");
  await expect(c.getByLabel("Variable 1 value")).toHaveValue("debug");
  await expect(port(c)).toHaveValue("8080");
}

test("NameAlreadyExists: a seeded name with different content lands on Version name, values kept", async ({ page }) => {
  await openEditor(page);
  await fillRichVersion(page, "v1-initial-release"); // the seed's ver-100000000000000101 of this app
  await submitAndConfirm(page);

  await expect(failureAlert(page)).toContainText("NameAlreadyExists");
  await expectFieldError(versionName(page), "Version ver-100000000000000101 already uses this name with different content. Choose a different name.");
  await expect(versionName(page)).toBeFocused();
  await expectRichVersionKept(page, "v1-initial-release");
  const creates = await sandboxRequests("CreateEdgeContainerAppVersion");
  expect(creates.map((r) => r.status)).toEqual([400]);

  // Renaming clears the server's verdict and the same content then goes through.
  await versionName(page).fill("v1-initial-release-2");
  await submitAndConfirm(page);
  await expect(successAlert(page)).toContainText("Version created");
});

test("InvalidApp.NotFound: an unknown app lands on the Application select", async ({ page }) => {
  const unknown = "app-000000000000000000999";
  await openEditor(page, `/apps/${unknown}/versions/new`);
  const select = page.getByLabel("Application");
  await expect(select).toHaveValue(unknown);
  await versionName(page).fill("release-for-nobody");
  await image(card(page, 1)).fill("nginx:1.25");
  await port(card(page, 1)).fill("80");
  await submitAndConfirm(page);

  await expect(failureAlert(page)).toContainText("InvalidApp.NotFound");
  await expectFieldError(select, "ESA has no application with this ID. Choose an application from the list.");
  await expect(select).toBeFocused();
  await expect(select).toHaveValue(unknown);
  await expect(versionName(page)).toHaveValue("release-for-nobody");
  const creates = await sandboxRequests("CreateEdgeContainerAppVersion");
  expect(creates).toHaveLength(1);
  expect(creates[0]!.body.AppId).toBe(unknown);
});

for (const [kind, code, message] of [
  ["internal-error", "InternalError", "ESA had an internal error and could not create the version. Try again in a moment."],
  ["throttle", "Throttling.User", "ESA is limiting how often this account may call it. Wait a few seconds and try again."],
] as const) {
  test(`${code}: a form-level alert with code, message and RequestId; every value kept; a retry succeeds`, async ({ page }) => {
    await openEditor(page);
    await fillRichVersion(page, `release-${kind}`);
    await injectFault("CreateEdgeContainerAppVersion", kind);
    await submitAndConfirm(page);

    const alert = failureAlert(page);
    await expect(alert).toContainText(code);
    await expect(alert).toContainText(message);
    const [logged] = await sandboxRequests("CreateEdgeContainerAppVersion");
    expect(logged?.body.Name).toBe(`release-${kind}`);
    const requestId = logged!.requestId;
    expect(logged?.code).toBe(code);
    expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
    await expect(alert).toContainText(`RequestId ${requestId}`);
    // Not a field's fault: no field is marked.
    await expect(page.locator('form [aria-invalid="true"]')).toHaveCount(0);
    await expectRichVersionKept(page, `release-${kind}`);

    // The fault was for one call: the untouched form submits as it is.
    await submitAndConfirm(page);
    await expect(successAlert(page)).toContainText("Version created");
    expect(await receivedCreates()).toHaveLength(2);
  });
}

test("submit shows progress, is disabled while pending, and a double click sends one create", async ({ page }) => {
  await openEditor(page);
  await versionName(page).fill("release-double-click");
  await image(card(page, 1)).fill("nginx:1.25");
  await port(card(page, 1)).fill("8080");
  // The service answers 1.5 s after creating: below the 3 s read timeout, long enough to click again.
  await injectFault("CreateEdgeContainerAppVersion", "slow-after-commit", 1, { delayMs: 1500 });
  const actionCalls: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) actionCalls.push(r.url());
  });

  await submitButton(page).dblclick();
  await reviewDialog(page).getByRole("button", { name: "Confirm and create" }).dblclick();
  const pending = page.getByRole("button", { name: "Creating version…" });
  await expect(pending).toBeDisabled();
  await expect(pending).toHaveAttribute("aria-busy", "true");

  await expect(successAlert(page)).toContainText("Version created");
  await expect(submitButton(page)).toBeEnabled();
  expect(actionCalls).toHaveLength(1);
  const creates = await receivedCreates();
  expect(creates).toHaveLength(1);
  expect(creates[0]!.body.Name).toBe("release-double-click");
});
