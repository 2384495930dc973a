// Checks a server-action request before Next.js decodes it. Next hands the body to React's
// decodeReply before any action code runs, and answers every decoding failure with a 500 and a
// digest: a body that is not JSON, one over the body size limit (its own 413 becomes a 500 for
// fetch actions), nesting deep enough to overflow React's recursive reviver, or a reference to a
// server function, promise, Map or chunk the request does not carry (which can leave the decode
// waiting on a part that never comes). proxy.ts runs these checks and answers with a 4xx instead.
//
// What the app's own browser code sends: React's encodeReply turns the editor's plain form values
// into ONE JSON text (`[arg]`), sent as text/plain. Multipart bodies only arise for FormData,
// Blobs, Maps, Sets, promises or functions, none of which these actions take.

import { msg } from "@/lib/i18n/message-ref";

/** next.config.mjs `experimental.serverActions.bodySizeLimit: "2mb"`, which Next reads as 2 MiB
 * (checked in action-request-guard.test.ts). */
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** The editor's deepest value is about 8 levels (args > version > containers > container > probe >
 * headers > header); React's reviver recurses once per level, so the bound stays far below the stack. */
export const MAX_ACTION_NESTING = 64;

export interface ActionRefusal {
  status: 400 | 413 | 415;
  /** A message reference (lib/i18n/message-ref.ts); proxy.ts renders it in the requester's language. */
  message: string;
}

const tooLarge: ActionRefusal = {
  status: 413,
  message: msg("security.action.tooLarge"),
};

/** From the headers alone: the content type, and a declared length over the limit. */
export function refuseActionHeaders(
  contentType: string | null,
  contentLength: string | null,
): ActionRefusal | null {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
    return {
      status: 415,
      message: msg("security.action.wrongType", { type }),
    };
  }
  if (contentLength !== null && Number(contentLength) > ACTION_BODY_LIMIT_BYTES) return tooLarge;
  return null;
}

/** From the body: its real size, JSON, its nesting, and React reply references. */
export function refuseActionBody(body: Uint8Array): ActionRefusal | null {
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return tooLarge;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return invalidJson;
  }
  // Before parsing, so that nothing below ever walks an unbounded depth.
  if (nestingDepth(text) > MAX_ACTION_NESTING) {
    return {
      status: 400,
      message: msg("security.action.tooDeep", { levels: MAX_ACTION_NESTING }),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalidJson;
  }
  if (hasForeignReference(value)) {
    return {
      status: 400,
      message: msg("security.action.foreignReference"),
    };
  }
  return null;
}

const invalidJson: ActionRefusal = {
  status: 400,
  message: msg("security.action.invalidJson"),
};

/** The deepest bracket nesting outside JSON strings, scanned without recursion. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, (depth += 1));
    else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

// React's reply format marks special values with a leading `$`. These stand for plain values
// (`$$…` is an escaped string starting with `$`); every other tag refers to a server function,
// a promise, a Map/Set/FormData/Blob/stream, a temporary reference or another chunk.
const PLAIN_TAGS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
const isPlainTag = (s: string) =>
  s.startsWith("$$") ||
  PLAIN_TAGS.has(s) ||
  /^\$D[0-9T:.+-]+Z?$/.test(s) ||
  /^\$n-?\d{1,300}$/.test(s);

function hasForeignReference(value: unknown): boolean {
  if (typeof value === "string") return value.startsWith("$") && !isPlainTag(value);
  if (Array.isArray(value)) return value.some(hasForeignReference);
  if (value !== null && typeof value === "object")
    return Object.values(value).some(hasForeignReference);
  return false;
}
