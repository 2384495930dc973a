import { buildCreateVersionParams } from "./build-params";
import type { VersionForm } from "./schema";

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

/** Bytes of `AppId=…&Name=…&Remarks=…&Containers=…` for these (already valid-shaped) values. */
export function createBodyBytes(values: VersionForm): number {
  const fields = Object.entries(buildCreateVersionParams(values)).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  const pairs = fields.reduce((n, [key, value]) => n + key.length + 1 + encodedLength(value), 0);
  return pairs + fields.length - 1;
}
