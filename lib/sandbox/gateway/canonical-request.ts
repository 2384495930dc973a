// Pure pieces of the ACS3-HMAC-SHA256 canonical request (esa-api-facts.md, section 2), written
// from the published algorithm and deliberately independent of any Alibaba Cloud package, so that
// the signing client and this verifier check each other.
import { createHash, createHmac } from "node:crypto";

export const ACS3_ALGORITHM = "ACS3-HMAC-SHA256";

export type HeaderMap = Record<string, string | string[] | undefined>;
export type QueryPair = readonly [key: string, value: string];

/** RFC 3986 encoding: only A-Za-z0-9-_.~ stay literal, hex is uppercase, space is %20. */
export function rfc3986Encode(value: string): string {
  // encodeURIComponent already uses uppercase hex; it leaves !'()* alone, RFC 3986 does not.
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Splits a wire query into decoded pairs, or null when it holds malformed percent-encoding.
 * `+` stays a literal plus (RFC 3986 semantics): the SDKs send spaces as %20, never `+`.
 */
export function parseRawQuery(rawQuery: string): QueryPair[] | null {
  const pairs: QueryPair[] = [];
  for (const part of rawQuery.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? "" : part.slice(eq + 1);
    try {
      pairs.push([decodeURIComponent(rawKey), decodeURIComponent(rawValue)]);
    } catch {
      return null;
    }
  }
  return pairs;
}

/** The wire query is not canonical, so a verifier re-encodes decoded pairs and sorts them. */
export function canonicalQueryString(pairs: readonly QueryPair[]): string {
  return pairs
    .map(([key, value]) => [rfc3986Encode(key), rfc3986Encode(value)] as const)
    .sort(([ka, va], [kb, vb]) => (ka === kb ? compare(va, vb) : compare(ka, kb)))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Trimmed values of one header; repeated headers are sorted and joined with "," like the client. */
export function headerValue(headers: HeaderMap, name: string): string | undefined {
  const raw = headers[name.toLowerCase()];
  if (raw === undefined) return undefined;
  if (typeof raw === "string") return raw.trim();
  return raw
    .map((v) => v.trim())
    .sort()
    .join(",");
}

/**
 * Canonical header block for exactly the headers the client says it signed, in its order.
 * Returns the name of the first signed header absent from the request instead, if any.
 */
export function canonicalHeaderBlock(
  headers: HeaderMap,
  signedHeaders: readonly string[],
): { ok: true; block: string } | { ok: false; missing: string } {
  let block = "";
  for (const name of signedHeaders) {
    const value = headerValue(headers, name);
    if (value === undefined) return { ok: false, missing: name };
    block += `${name}:${value}\n`;
  }
  return { ok: true, block };
}

export interface CanonicalRequestParts {
  method: string;
  canonicalUri: string;
  canonicalQuery: string;
  canonicalHeaders: string;
  signedHeaders: readonly string[];
  payloadHash: string;
}

/** The header block ends in "\n", which produces the blank line the algorithm requires. */
export function buildCanonicalRequest(parts: CanonicalRequestParts): string {
  return [
    parts.method.toUpperCase(),
    parts.canonicalUri,
    parts.canonicalQuery,
    parts.canonicalHeaders,
    parts.signedHeaders.join(";"),
    parts.payloadHash,
  ].join("\n");
}

export function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

export function stringToSign(canonicalRequest: string): string {
  return `${ACS3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}

/** The AccessKey secret is used as the HMAC key as is (no prefix, unlike some V4 schemes). */
export function signStringToSign(secret: string, toSign: string): string {
  return createHmac("sha256", secret).update(toSign).digest("hex");
}
