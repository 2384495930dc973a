import { expect, type Locator, type Page } from "@playwright/test";
import type { ZodType } from "zod";
import { sandboxRequests } from "./sandbox";

// Page helpers for the version editor, finding things the way a person does: by role and label.

/** shop-frontend in the demo seed; it already has versions v1-initial-release and v2-checkout-redesign. */
export const APP = "app-880688675783790001";
export const APP_PAGE = `/apps/${APP}/versions/new`;

export async function openEditor(page: Page, path = APP_PAGE): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "New version" })).toBeVisible();
  await waitForHydration(page);
}

/**
 * The editor arrives as server-rendered HTML and only works once React has hydrated it: a click
 * before that is lost and a value typed before it is reset. React marks each element it hydrates
 * with its props; the preview's reveal switch renders last, so once it is marked the editor is live.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const last = document.getElementById("reveal-secrets");
    return last !== null && Object.keys(last).some((k) => k.startsWith("__reactProps$"));
  });
}

/** Container card n (1-based): a region named by its heading "Container n …". */
export function card(page: Page, n: number): Locator {
  return page.getByRole("region", { name: new RegExp(`^Container ${n}\\b`) });
}

export const versionName = (page: Page) => page.getByLabel("Version name");
export const remarks = (page: Page) => page.getByLabel("Remarks (optional)");
export const submitButton = (page: Page) => page.getByRole("button", { name: "Create version" });
/** The form-level outcome alert (Next.js has its own role="alert" route announcer, hence the filter). */
export const failureAlert = (page: Page) => page.getByRole("alert").filter({ hasText: "Not created" });
export const successAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /Version created|already exists/ });

export const containerName = (c: Locator) => c.getByLabel("Container name");
export const image = (c: Locator) => c.getByLabel("Image", { exact: true });
export const probeType = (c: Locator, type: "exec" | "tcpSocket" | "httpGet") => c.getByRole("radio", { name: new RegExp(`^${type},`) });
export const port = (c: Locator) => c.getByLabel("Port", { exact: true });

/** The message a shared rule gives for a value: what the editor must show for that input. */
export function ruleMessage(rule: ZodType, value: unknown): string {
  const result = rule.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to break the rule`);
  return result.error.issues[0]!.message;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The field is marked invalid and `message` is in an element its aria-describedby references,
 * so a screen reader announces the message with the field.
 */
export async function expectFieldError(field: Locator, message: string): Promise<void> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const texts = await Promise.all(
    ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  );
  expect(texts.some((t) => t?.includes(message)), `aria-describedby (${ids.join(" ")}) should reference "${message}"`).toBe(true);
}

/** Neither marked invalid nor described by an error. */
export async function expectNoFieldError(field: Locator): Promise<void> {
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  expect(ids.filter((id) => id.endsWith("-error") || id.endsWith("-errors"))).toEqual([]);
}

/** Types into a field and leaves it, as a person does; the editor validates on blur, then live. */
export async function fillAndLeave(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.blur();
}

/** The smallest valid version in the default single-container editor: name, image, probe port. */
export async function fillValidMinimum(page: Page, name = "release-e2e-minimum"): Promise<void> {
  await versionName(page).fill(name);
  const c = card(page, 1);
  await image(c).fill("nginx:1.25");
  await port(c).fill("8080");
}

export const reviewDialog = (page: Page) => page.getByRole("dialog", { name: "Review the new version" });

/** Submits as a person does: Create version, then Confirm and create in the review dialog. */
export async function submitAndConfirm(page: Page): Promise<void> {
  await submitButton(page).click();
  await reviewDialog(page).getByRole("button", { name: "Confirm and create" }).click();
  await expect(reviewDialog(page)).toBeHidden();
}

/** The id of the focused element, read from the document itself. */
export async function activeElementId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.id ?? null);
}

/** CreateEdgeContainerAppVersion calls the sandbox received, with their Containers parsed. */
export async function receivedCreates() {
  const creates = await sandboxRequests("CreateEdgeContainerAppVersion");
  return creates.map((r) => ({
    ...r,
    containers: JSON.parse(r.body.Containers ?? "[]") as Record<string, unknown>[],
  }));
}
