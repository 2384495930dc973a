import type { z } from "zod";

import { msg } from "@/lib/i18n/message-ref";

// Every rule in schema.ts and field-rules.ts carries its own message. What remains are zod's
// built-in checks that only hostile or hand-written input reaches: a value of the wrong JSON type,
// an unknown key in a strict object. Parses of untrusted input (the server actions' input gate,
// the import reader) pass `zodIssueMessage` as their per-parse `error`, so those come back as
// message references too, in the reader's language. A rule's own message always wins over it.

/** At most this many unknown keys are named, each cut to KEY_CHARS: hostile input can hold
 * thousands of keys, each a megabyte long. */
const NAMED_KEYS = 3;
const KEY_CHARS = 30;

function quoteKey(key: string): string {
  const cut = key.length > KEY_CHARS ? `${key.slice(0, KEY_CHARS - 1)}…` : key;
  return JSON.stringify(cut);
}

/** The kinds of value the catalog can name; anything else reads "another kind of value". */
const NAMED_TYPES = new Set(["string", "number", "boolean", "array", "object"]);

export const zodIssueMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") {
    const expected = NAMED_TYPES.has(issue.expected) ? issue.expected : "other";
    return msg("validation.typeMismatch", { expected });
  }
  if (issue.code === "unrecognized_keys") {
    const named = issue.keys.slice(0, NAMED_KEYS).map(quoteKey);
    const keys = issue.keys.length > NAMED_KEYS ? `${named.join(", ")}, …` : named.join(", ");
    return msg("validation.unknownFields", { count: issue.keys.length, keys });
  }
  return msg("validation.invalidValue");
};
