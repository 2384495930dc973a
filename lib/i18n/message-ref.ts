// A message that is written where the problem is found (a schema rule, a refusal, ESA's error
// advice) and put into words where it is shown, in the reader's language. It travels as a plain
// string, so zod issues, react-hook-form errors and result objects carry it unchanged:
//   "\uE000" key [ "\uE001" JSON of the values ]
// The two private-use characters never come from a keyboard; a string without them is shown as it
// is (a service's own message, a name).

const START = "\uE000";
const VALUES = "\uE001";

export type MessageValues = Record<string, string | number>;

/** A reference to catalog key `key` (dotted, e.g. "validation.versionName.tooShort"). */
export function msg(key: string, values?: MessageValues): string {
  return values && Object.keys(values).length > 0
    ? `${START}${key}${VALUES}${JSON.stringify(values)}`
    : `${START}${key}`;
}

export function isMessageRef(text: unknown): text is string {
  return typeof text === "string" && text.startsWith(START);
}

/** The key and values of a reference, or null for plain text (or a malformed reference). */
export function parseMessageRef(text: string): { key: string; values: MessageValues } | null {
  if (!text.startsWith(START)) return null;
  const split = text.indexOf(VALUES);
  if (split < 0) return { key: text.slice(1), values: {} };
  try {
    const values = JSON.parse(text.slice(split + 1)) as unknown;
    if (!values || typeof values !== "object" || Array.isArray(values)) return null;
    return { key: text.slice(1, split), values: values as MessageValues };
  } catch {
    return null;
  }
}

/** Something that turns a key and values into words (next-intl's `t`, unscoped). */
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * The words of a message: a reference is translated (values that are themselves references are
 * translated first: "the {field} contains…" with field = msg("fields.imageRef")); plain text is
 * returned as it is.
 */
export function renderMessage(text: string, t: Translate): string {
  const ref = parseMessageRef(text);
  if (!ref) return text;
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(ref.values)) {
    values[name] = typeof value === "string" && isMessageRef(value) ? renderMessage(value, t) : value;
  }
  return t(ref.key, values);
}

/**
 * A copy of `value` with every reference in it put into words: a server action's or route's
 * result (message, fieldErrors, nested notices) answered in the requester's language.
 */
export function renderMessagesDeep<T>(value: T, t: Translate): T {
  if (typeof value === "string") return (isMessageRef(value) ? renderMessage(value, t) : value) as T;
  if (Array.isArray(value)) return value.map((item) => renderMessagesDeep(item, t)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderMessagesDeep(v, t);
    return out as T;
  }
  return value;
}
