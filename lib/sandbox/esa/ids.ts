// Identifier shapes copied from real responses: `app-` / `ver-` followed by 18 digits.
import { randomInt } from "node:crypto";

export function randomDigits(length: number): string {
  // First digit non-zero so the number keeps its length if someone parses it.
  let digits = String(randomInt(1, 10));
  while (digits.length < length) digits += String(randomInt(0, 10));
  return digits;
}

export function newVersionId(taken: (id: string) => boolean): string {
  for (;;) {
    const id = `ver-${randomDigits(18)}`;
    if (!taken(id)) return id;
  }
}

/** Accepted app ID shape; `*` is allowed because the documentation shows masked IDs. */
export const APP_ID_PATTERN = /^app-[A-Za-z0-9*]{16,60}$/;
