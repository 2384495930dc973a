import { expectFieldError } from "./support/fields";
import { expect, test } from "./support/fixtures";
import { acceptInvitation, anonymousContext, invite, newPersonDetails } from "./support/people";

// An invitation link creates one local account, once; a used or unknown link says so.

test("an invitation creates the account once and signs the person in; the link then says it was used", async ({ browser, page }) => {
  const person = newPersonDetails("invitee");
  const path = await invite(page, person.email);

  const context = await anonymousContext(browser);
  const invitee = await context.newPage();
  await invitee.goto(path);
  // Bad values are refused on their fields, and the invitation stays unused.
  await invitee.getByLabel("Password").fill("short");
  await invitee.getByRole("button", { name: "Create account and sign in" }).click();
  await expectFieldError(invitee.getByLabel("Name"), "Enter a name.");
  await expectFieldError(invitee.getByLabel("Password"), "Use at least 8 characters for the password.");

  await acceptInvitation(invitee, path, person);

  const second = await anonymousContext(browser);
  const again = await second.newPage();
  await again.goto(path);
  await expect(again.getByRole("alert").filter({ hasText: "This invitation has been used already." })).toBeVisible();
  await expect(again.getByLabel("Password")).toHaveCount(0);
  await context.close();
  await second.close();
});

test("an unknown invitation link is refused with a sentence", async ({ browser }) => {
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  await page.goto(`/invite/${"x".repeat(43)}`);
  await expect(page.getByRole("alert").filter({ hasText: "This invitation link is not valid." })).toBeVisible();
  await context.close();
});
