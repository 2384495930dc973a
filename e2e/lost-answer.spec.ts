import { expect, test } from "@playwright/test";
import { APP, fillValidMinimum, openEditor, submitAndConfirm, successAlert } from "./support/editor";
import { injectFault, resetSandbox, sandboxRequests } from "./support/sandbox";

// A create that reached ESA but whose answer was lost: the person is told what happened, and a
// socket code (ECONNRESET) is never the headline of an alert.

test.beforeEach(async () => {
  await resetSandbox();
});

const title = (alert: ReturnType<typeof successAlert>) => alert.locator('[data-slot="alert-title"]');

test("first and only submission, connection dropped after the create: created, the answer was lost", async ({ page }) => {
  await openEditor(page);
  await fillValidMinimum(page, "release-lost-answer");
  await injectFault("CreateEdgeContainerAppVersion", "drop-after-commit");
  await submitAndConfirm(page);

  const alert = successAlert(page);
  await expect(title(alert)).toHaveText("Version created");
  await expect(alert).toContainText(
    "The request reached ESA and the version was created, but the connection dropped before its answer arrived. It exists with exactly this content; nothing was created twice.",
  );
  await expect(alert).not.toContainText("earlier attempt");
  await expect(alert).not.toContainText("ECONNRESET");
  expect(await sandboxRequests("CreateEdgeContainerAppVersion")).toHaveLength(1);
});

test("answer lost and the check by name failing too: 'Outcome unknown', the socket code only as a detail", async ({ page }) => {
  await openEditor(page);
  await fillValidMinimum(page, "release-lost-and-unchecked");
  await injectFault("CreateEdgeContainerAppVersion", "drop-after-commit");
  await injectFault("ListEdgeContainerAppVersions", "internal-error", 3);
  await submitAndConfirm(page);

  const alert = page.getByRole("alert").filter({ hasText: "Outcome unknown" });
  await expect(title(alert)).toHaveText("Outcome unknown");
  await expect(alert).toContainText("The connection to ESA was lost before an answer arrived.");
  await expect(alert.getByText("Connection error ECONNRESET")).toBeVisible();
});

test("a page whose read loses its connection: the socket code is not in the alert's title", async ({ page }) => {
  // Reads are retried twice: three drops exhaust them.
  await injectFault("GetEdgeContainerApp", "drop-after-commit", 3);
  await page.goto(`/apps/${APP}`);
  const alert = page.getByTestId("load-error");
  await expect(title(alert)).toHaveText("Could not load the application");
  await expect(alert.getByText("Connection error ECONNRESET")).toBeVisible();
});
