import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names conditionally. It does not resolve Tailwind conflicts: tailwind-merge cost
 * ~10.8 KiB gzip of the editor's first-load JavaScript. So an element must get exactly one utility
 * per CSS property: a component offers a variant (or leaves the property to its callers) instead of
 * letting a later `className` override its own. lib/testing/class-conflicts.ts, run by
 * components/ui/class-conflicts.test.ts, fails when two utilities for one property meet.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
