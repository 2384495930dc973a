import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// The editor reached and operated with the keyboard alone: no click from the first Tab to the
// created version.

test.beforeEach(async ({ editor }) => {
  await editor.open();
});

/** Presses Tab until `target` has the focus; fails if it is not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`Tab did not reach ${target} within ${max} presses`);
}

test("Tab to the fields, type, change the spec with arrow keys, Ctrl+Enter submits, Enter confirms", async ({ page, editor, sandbox }) => {
  const c = editor.card(1);
  await tabTo(page, editor.versionName);
  await page.keyboard.type("release-keyboard");
  await expect(editor.versionName).toHaveValue("release-keyboard");

  await tabTo(page, editor.image(1));
  await page.keyboard.type("nginx:1.25");

  // A radio group is one Tab stop, entered at its checked tile; arrow keys move and select.
  const spec1 = c.getByRole("radio", { name: /^1C2G,/ });
  const spec2 = c.getByRole("radio", { name: /^2C4G,/ });
  await tabTo(page, spec1);
  await expect(spec1).toBeChecked();
  // Held as a person holds it (native radios move focus and select on keydown).
  await page.keyboard.down("ArrowRight");
  await expect(spec2).toBeFocused();
  await page.keyboard.up("ArrowRight");
  await expect(spec2).toBeChecked();
  await expect(spec1).not.toBeChecked();
  // One more Tab leaves the spec picker for the storage picker's checked tile.
  await page.keyboard.press("Tab");
  await expect(c.getByRole("radio", { name: /^0\.5G,/ })).toBeFocused();

  await tabTo(page, editor.port(1));
  await page.keyboard.type("8080");

  await page.keyboard.press("Control+Enter");
  const confirm = editor.reviewDialog.getByRole("button", { name: "Confirm and create" });
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(editor.successAlert).toContainText("Version created");
  const creates = await sandbox.receivedCreates();
  expect(creates).toHaveLength(1);
  expect(creates[0]!.body.Name).toBe("release-keyboard");
  expect(creates[0]!.containers[0]).toMatchObject({ Image: "nginx:1.25", Spec: "2C4G", Storage: "0.5G", ProbeType: "tcpSocket" });
  expect(creates[0]!.containers[0]!.ProbeContent).toMatchObject({ Port: 8080 });
});

test("Ctrl+Enter on an invalid form creates nothing and puts the focus on the first invalid field", async ({ page, editor, sandbox }) => {
  await tabTo(page, editor.versionName);
  await page.keyboard.type("abc");
  await tabTo(page, editor.image(1));
  await page.keyboard.press("Control+Enter");
  // From the image field, the focus goes back up to the first invalid field: the name.
  await expect(editor.versionName).toBeFocused();
  await expect(editor.versionName).toHaveAttribute("aria-invalid", "true");
  await expect(editor.reviewDialog).toBeHidden();
  expect(await sandbox.receivedCreates()).toEqual([]);
});
