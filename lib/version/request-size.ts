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

/** Why these params are too large to send in one request, or undefined when they fit. */
export function requestSizeProblem(params: CreateVersionParams): string | undefined {
  const bytes = createBodyBytes(params);
  if (bytes <= LIMITS.requestBodyBytes) return undefined;
  const kib = (n: number) => Math.ceil(n / 1024).toLocaleString("en");
  return `This version is ${kib(bytes)} KB when sent; one request can carry at most ${kib(LIMITS.requestBodyBytes)} KB. Shorten long values (environment variables, commands, probe headers) or move containers into another application.`;
}
