import { msg } from "@/lib/i18n/message-ref";

import { LIMITS } from "./constants";
import type { CreateVersionParams } from "./wire-types";

// The size of the create's form body as openapi-client sends it. Its encoder (Node's querystring)
// escapes like encodeURIComponent: A-Z a-z 0-9 - _ . ! ~ * ' ( ) stay, every other UTF-8 byte
// becomes %XX, so the body can be several times longer than the text typed.

function encodedLength(value: string): number {
  try {
    return encodeURIComponent(value).length;
  } catch {
    // A lone surrogate (URIError): the field rules refuse it; count it as large, never throw.
    return value.length * 9;
  }
}

/** Bytes of `AppId=…&Name=…&Remarks=…&Containers=…` for these params. */
export function createBodyBytes(params: CreateVersionParams): number {
  const fields = Object.entries(params).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  const pairs = fields.reduce((n, [key, value]) => n + key.length + 1 + encodedLength(value), 0);
  return pairs + fields.length - 1;
}

/** Why these params are too large to send in one request (a message reference), or undefined
 * when they fit. Sizes are whole KiB, formatted by the reader's locale. */
export function requestSizeProblem(params: CreateVersionParams): string | undefined {
  const bytes = createBodyBytes(params);
  if (bytes <= LIMITS.requestBodyBytes) return undefined;
  const kib = (n: number) => Math.ceil(n / 1024);
  return msg("validation.requestTooLarge", {
    size: kib(bytes),
    max: kib(LIMITS.requestBodyBytes),
  });
}
