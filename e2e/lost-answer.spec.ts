import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { SHOP } from "./support/seed";

// A create that reached ESA but whose answer was lost: the person is told what happened, and a
// socket code (ECONNRESET) is never the headline of an alert.

const title = (alert: Locator) => alert.locator('[data-slot="alert-title"]');

test("first and only submission, connection dropped after the create: created, the answer was lost", async ({ editor, sandbox }) => {
  await editor.open();
  await editor.fillValidMinimum("release-lost-answer");
  await sandbox.injectFault("CreateEdgeContainerAppVersion", "drop-after-commit");
  await editor.submitAndConfirm();

  const alert = editor.successAlert;
  await expect(title(alert)).toHaveText("Version created");
  await expect(alert).toContainText(
    "The request reached ESA and the version was created, but the connection dropped before its answer arrived. It exists with exactly this content; nothing was created twice.",
  );
  await expect(alert).not.toContainText("earlier attempt");
  await expect(alert).not.toContainText("ECONNRESET");
  expect(await sandbox.requests("CreateEdgeContainerAppVersion")).toHaveLength(1);
});

test("answer lost and the check by name failing too: 'Outcome unknown', the socket code only as a detail", async ({ page, editor, sandbox }) => {
  await editor.open();
  await editor.fillValidMinimum("release-lost-and-unchecked");
  await sandbox.injectFault("CreateEdgeContainerAppVersion", "drop-after-commit");
  await sandbox.injectFault("ListEdgeContainerAppVersions", "internal-error", 3);
  await editor.submitAndConfirm();

  const alert = page.getByRole("alert").filter({ hasText: "Outcome unknown" });
  await expect(title(alert)).toHaveText("Outcome unknown");
  await expect(alert).toContainText("The connection to ESA was lost before an answer arrived.");
  await expect(alert.getByText("Connection error ECONNRESET")).toBeVisible();
});

test("a page whose read loses its connection: the socket code is not in the alert's title", async ({ page, sandbox }) => {
  // Reads are retried twice: three drops exhaust them.
  await sandbox.injectFault("GetEdgeContainerApp", "drop-after-commit", 3);
  await page.goto(`/apps/${SHOP}`);
  const alert = page.getByRole("alert").filter({ hasText: "Could not load the application" });
  await expect(title(alert)).toHaveText("Could not load the application");
  await expect(alert.getByText("Connection error ECONNRESET")).toBeVisible();
});
