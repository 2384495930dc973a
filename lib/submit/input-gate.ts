import "server-only";

import { msg, parseMessageRef } from "@/lib/i18n/message-ref";
import { versionFormSchema } from "@/lib/version/request-schema";
import type { VersionForm } from "@/lib/version/schema";
import { zodIssueMessage } from "@/lib/version/zod-messages";

import type { FieldError } from "./results";

// The one door for untrusted input into a server action: whatever arrives (hostile, malformed,
// exotic objects) is judged by the shared schema without throwing, and refusals come back as
// field errors of bounded size. Every action that takes a version goes through readVersionInput.

// Hostile input must not make the answer huge: a duplicate-name message quotes the name, and an
// unknown-key message names keys, however long either is. Messages are references to the catalog
// (lib/i18n/message-ref.ts) whose values may quote input: each quoted value is cut, never the
// reference itself (a cut reference would not render). Plain text is cut as a whole.
const MAX_FIELD_ERRORS = 200;
const MAX_MESSAGE_CHARS = 300;
/** A quoted value's share of a message: the words around it stay readable. */
const MAX_VALUE_CHARS = 120;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = text.slice(0, max - 1);
  // Never end on half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}

export function clip(message: string): string {
  const ref = parseMessageRef(message);
  if (!ref) return cut(message, MAX_MESSAGE_CHARS);
  const values = Object.fromEntries(
    Object.entries(ref.values).map(([name, value]) => [
      name,
      // The schema's own nested references (a field's name) are far shorter than this.
      typeof value === "string" ? cut(value, MAX_VALUE_CHARS) : value,
    ]),
  );
  return msg(ref.key, values);
}

export function issuesToFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldError[] {
  return issues
    .slice(0, MAX_FIELD_ERRORS)
    .map((i) => ({ path: i.path.map(String).join("."), message: clip(i.message) }));
}

/** zod's own checks (a wrong type, an unknown key) answer with catalog references too. */
const PARSE_PARAMS = { error: zodIssueMessage };

/**
 * safeParse, except that it cannot throw. zod 4.6 runs a string's length checks on any value with
 * a `length` property, even after the type check failed, and comparing an exotic `length` (a
 * null-prototype object, a throwing proxy such as a temporary client reference) throws. When that
 * happens, such values are replaced by null in a copy and it is judged again, so the refusal still
 * names the field they were sent for.
 */
function parseUntrusted(input: unknown) {
  try {
    return versionFormSchema.safeParse(input, PARSE_PARAMS);
  } catch {
    try {
      return versionFormSchema.safeParse(defuse(input, 0), PARSE_PARAMS);
    } catch {
      return undefined;
    }
  }
}

/** Deeper than any version; beyond it values are left as they are (and may still throw). */
const DEFUSE_DEPTH = 16;

/** A copy of plain objects and arrays in which every value that cannot be read safely (an
 * object with an object or symbol `length`, a proxy that throws) is null: wrong either way. */
function defuse(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== "object" || depth > DEFUSE_DEPTH) return value;
  try {
    if (Array.isArray(value)) return value.map((v) => defuse(v, depth + 1));
    const length: unknown = (value as { length?: unknown }).length;
    // Only an object, symbol or function `length` makes zod's comparison throw.
    if (
      length !== null &&
      (typeof length === "object" || typeof length === "symbol" || typeof length === "function")
    )
      return null;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const copy = Object.create(proto) as Record<string, unknown>;
    for (const key of Object.keys(value))
      Object.defineProperty(copy, key, {
        value: defuse((value as Record<string, unknown>)[key], depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  } catch {
    return null;
  }
}

export type VersionInput =
  | { ok: true; values: VersionForm }
  /** `issueCount` counts every problem found; `fieldErrors` holds at most MAX_FIELD_ERRORS. */
  | { ok: false; issueCount: number; fieldErrors: FieldError[] };

/**
 * Judgements by the input object: an action judges its argument twice (the audit subject, then
 * submitVersion), and a 30-container version costs about a millisecond to parse. One judgement
 * per object also means the audit row records exactly the values that were checked and sent,
 * even for an exotic input (a proxy) that could answer differently when read a second time.
 * Keys are weak: an action's argument is gone with its request.
 */
const judged = new WeakMap<object, VersionInput>();

/** Judges untrusted input with the shared schema. Never throws. */
export function readVersionInput(input: unknown): VersionInput {
  if (input === null || typeof input !== "object") return judge(input);
  const known = judged.get(input);
  if (known) return known;
  const read = judge(input);
  judged.set(input, read);
  return read;
}

function judge(input: unknown): VersionInput {
  const parsed = parseUntrusted(input);
  if (!parsed) {
    return {
      ok: false,
      issueCount: 1,
      fieldErrors: [
        {
          path: "",
          message: msg("submit.unreadableInput"),
        },
      ],
    };
  }
  if (!parsed.success) {
    return {
      ok: false,
      issueCount: parsed.error.issues.length,
      fieldErrors: issuesToFieldErrors(parsed.error.issues),
    };
  }
  return { ok: true, values: parsed.data };
}
