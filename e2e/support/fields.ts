import { renderMessage, type Translate } from "../../lib/i18n/message-ref";
import { translatorFor } from "./i18n";
import { expect, type Locator } from "@playwright/test";
import type { ZodType } from "zod";

// How a field shows a rule's verdict: the schema's own message, linked to the field.

/** The message a shared rule gives for a value: what the editor must show for that input. */
export function ruleMessage(rule: ZodType, value: unknown): string {
  const result = rule.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to break the rule`);
  return renderMessage(result.error.issues[0]!.message, translatorFor("en-US") as Translate);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function describedByIds(ids: string | null): string[] {
  return (ids ?? "").split(/\s+/).filter(Boolean);
}

/**
 * The field is marked invalid and `message` is in an element its aria-describedby references,
 * so a screen reader announces the message with the field.
 */
export async function expectFieldError(field: Locator, message: string): Promise<void> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  const ids = describedByIds(await field.getAttribute("aria-describedby"));
  const texts = await Promise.all(
    ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  );
  expect(texts.some((t) => t?.includes(message)), `aria-describedby (${ids.join(" ")}) should reference "${message}"`).toBe(true);
}

/** Neither marked invalid nor described by an error. */
export async function expectNoFieldError(field: Locator): Promise<void> {
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  const ids = describedByIds(await field.getAttribute("aria-describedby"));
  expect(ids.filter((id) => id.endsWith("-error") || id.endsWith("-errors"))).toEqual([]);
}

/** Types into a field and leaves it, as a person does; the editor validates on blur, then live. */
export async function fillAndLeave(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.blur();
}
