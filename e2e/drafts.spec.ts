import { expect, test } from "./support/fixtures";
import { editorPath, RESIZER } from "./support/seed";
import { actionId } from "./support/server-actions";

const EDITOR = editorPath(RESIZER);

test("a reload mid-edit restores the draft; discard returns to a clean form", async ({
  page,
  editor,
}) => {
  await editor.open(EDITOR);
  await editor.versionName.fill("draft-survives-reload");
  await editor.image(1).fill("nginx:1.27");
  await page.getByRole("button", { name: "Add container" }).click();
  await editor.containerName(2).fill("sidecar");
  // The draft is saved debounced; wait until it is in storage before "crashing" the tab.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? "").includes("sidecar")),
      ),
    )
    .toBe(true);

  await page.reload();
  await expect(editor.draftNotice).toContainText("Restored draft from");
  await expect(editor.versionName).toHaveValue("draft-survives-reload");
  await expect(editor.image(1)).toHaveValue("nginx:1.27");
  await expect(editor.containerName(2)).toHaveValue("sidecar");

  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(editor.draftNotice).toHaveCount(0);
  await expect(editor.versionName).toHaveValue("");
  await expect(editor.card(2)).toHaveCount(0);
  await page.reload();
  await expect(editor.draftNotice).toHaveCount(0);
});

test("the draft is kept after a failed submit and cleared only after a confirmed create", async ({
  page,
  editor,
}) => {
  await editor.open(EDITOR);
  await editor.versionName.fill("resizer-2025-04"); // taken by a seeded version with other content
  await editor.image(1).fill("nginx:1.27");
  await editor.port(1).fill("80");
  await editor.submitButton.click();
  await page.getByRole("button", { name: "Confirm and create" }).click();
  await expect(editor.versionName).toHaveAccessibleDescription(
    /already uses this name|already has a version/,
  );

  await page.reload();
  await expect(editor.draftNotice).toBeVisible();
  await expect(editor.versionName).toHaveValue("resizer-2025-04");

  await editor.versionName.fill("resizer-2025-05");
  await editor.submitButton.click();
  await page.getByRole("button", { name: "Confirm and create" }).click();
  await expect(editor.successAlert).toContainText("Version created");
  await page.reload();
  await expect(editor.draftNotice).toHaveCount(0);
  await expect(editor.versionName).toHaveValue("");
});

test("leaving with unsaved changes asks first", async ({ page, editor }) => {
  await editor.open(EDITOR);
  await editor.versionName.fill("unsaved-work");
  const dialog = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await dialog).toBe("beforeunload");
});

test("a draft save due while Create is on its way does not bring the draft back", async ({
  page,
  editor,
}) => {
  // The create removes the server's copy of the draft. Next sends a page's server actions one at
  // a time, so a save falling due while the create was on its way went right after it and stored
  // the draft again: the next visit restored a version already created (seen in CI).
  const CREATE = actionId("createVersionAction", "versions/new/actions");
  const SAVE = actionId("saveServerDraftAction", "versions/new/library-actions");
  const sent: string[] = [];
  await page.route("**/*", async (route) => {
    const action = route.request().headers()["next-action"];
    if (route.request().method() === "POST" && (action === CREATE || action === SAVE)) {
      sent.push(action === CREATE ? "create" : "save");
      // The create takes 2 s: longer than the pause after which a draft is saved.
      if (action === CREATE) await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    await route.fallback();
  });
  await editor.open(EDITOR);
  await editor.versionName.fill("draft-race-created");
  await editor.image(1).fill("nginx:1.27");
  await editor.port(1).fill("80");
  await editor.submitButton.click();
  await page.getByRole("button", { name: "Confirm and create" }).click();
  await expect(editor.successAlert).toContainText("Version created");
  await page.waitForLoadState("networkidle");
  expect(sent.slice(sent.indexOf("create"))).toEqual(["create"]); // nothing saved after it

  await page.reload();
  await expect(editor.draftNotice).toHaveCount(0);
  await expect(editor.versionName).toHaveValue("");
});
