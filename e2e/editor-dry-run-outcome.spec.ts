import { expect, test } from "./support/fixtures";

test("a dry run's ValidationFailed goes when the field it named changes, not when another does", async ({ editor }) => {
  await editor.open();
  await editor.fillValidMinimum("v1-initial-release"); // taken in this app
  await editor.validateButton.click();
  await expect(editor.failureAlert).toContainText("ValidationFailed");

  await editor.remarks.fill("not the named field");
  await expect(editor.failureAlert).toContainText("ValidationFailed");

  await editor.versionName.fill("v1-initial-release-next");
  await expect(editor.failureAlert).toHaveCount(0);
});

test("the wire view offers Containers wrapped for reading next to the exact one-line string", async ({ page, editor, t }) => {
  await editor.open();
  await editor.fillValidMinimum("release-e2e-wire-view");
  await page.getByRole("tab", { name: t("editor.preview.tabWire") }).click();
  const exact = JSON.parse((await editor.previewCode("wire form").textContent()) ?? "") as { Containers: string };
  await page.getByText(t("editor.preview.wrapped")).first().click();
  const wrapped = editor.previewCode("Containers, wrapped for reading");
  await expect(wrapped).toContainText('"Image": "nginx:1.25"');
  const text = (await wrapped.textContent()) ?? "";
  expect(text.split("\n").length).toBeGreaterThan(10);
  expect(JSON.parse(text)).toEqual(JSON.parse(exact.Containers));
});
