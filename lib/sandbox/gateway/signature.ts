// Independent ACS3-HMAC-SHA256 verifier (esa-api-facts.md, section 2) using node:crypto only.
// Failures map to the gateway codes every Alibaba Cloud API answers with.
import { timingSafeEqual } from "node:crypto";
import {
  ACS3_ALGORITHM,
  buildCanonicalRequest,
  canonicalHeaderBlock,
  canonicalQueryString,
  headerValue,
  parseRawQuery,
  sha256Hex,
  signStringToSign,
  stringToSign,
  type HeaderMap,
} from "./canonical-request";
import { parseAuthorization } from "./authorization-header";
import { NonceCache } from "./nonce-cache";

export interface SignedRequest {
  method: string;
  /** Path plus raw query string, as received (`IncomingMessage.url`). */
  url: string;
  /** Lowercase header names, as Node delivers them. */
  headers: HeaderMap;
  body: Buffer;
}

export type SignatureFailureCode =
  | "IncompleteSignature"
  | "SignatureDoesNotMatch"
  | "InvalidAccessKeyId.NotFound"
  | "SignatureNonceUsed"
  | "InvalidTimeStamp.Expired"
  | "InvalidTimeStamp.Format";

export type SignatureCheck =
  | { ok: true; accessKeyId: string }
  | { ok: false; status: number; code: SignatureFailureCode; message: string };

export interface SignatureVerifierOptions {
  /** Secret for an AccessKey ID, or undefined when the ID is unknown. */
  lookupSecret: (accessKeyId: string) => string | undefined;
  now?: () => number;
  /** Allowed distance between x-acs-date and the clock; the service allows 15 minutes. */
  maxSkewMs?: number;
}

/**
 * Without these signed, a request could be replayed, redirected, have its body swapped or (the
 * action and version route the call) be turned into another operation. Both SDKs sign them all.
 */
const REQUIRED_SIGNED_HEADERS = [
  "host",
  "x-acs-action",
  "x-acs-version",
  "x-acs-date",
  "x-acs-signature-nonce",
  "x-acs-content-sha256",
];
const ACS_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const FIFTEEN_MINUTES_MS = 15 * 60 * 1000;

function fail(code: SignatureFailureCode, message: string): SignatureCheck {
  const status = code === "InvalidAccessKeyId.NotFound" ? 404 : 400;
  return { ok: false, status, code, message };
}

function incomplete(detail: string): SignatureCheck {
  return fail(
    "IncompleteSignature",
    `The request signature does not conform to Aliyun standards. ${detail}`,
  );
}

export function parseAcsDate(value: string): number | undefined {
  if (!ACS_DATE.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Constant-time comparison of two hex signatures; a malformed one simply does not match. */
function signaturesMatch(expectedHex: string, givenHex: string): boolean {
  if (!/^[0-9a-fA-F]{64}$/.test(givenHex)) return false;
  return timingSafeEqual(Buffer.from(expectedHex, "hex"), Buffer.from(givenHex, "hex"));
}

export function createSignatureVerifier(
  options: SignatureVerifierOptions,
): (request: SignedRequest) => SignatureCheck {
  const now = options.now ?? Date.now;
  const maxSkewMs = options.maxSkewMs ?? FIFTEEN_MINUTES_MS;
  const nonces = new NonceCache(now);

  return (request) => {
    const authorization = headerValue(request.headers, "authorization");
    if (!authorization) return incomplete("The Authorization header is missing.");
    const auth = parseAuthorization(authorization);
    if (!auth.ok) return incomplete(auth.reason);
    if (auth.algorithm !== ACS3_ALGORITHM)
      return incomplete(`Unsupported signature algorithm "${auth.algorithm}".`);

    const secret = options.lookupSecret(auth.accessKeyId);
    if (secret === undefined)
      return fail("InvalidAccessKeyId.NotFound", "Specified access key is not found.");

    for (const name of REQUIRED_SIGNED_HEADERS) {
      if (!auth.signedHeaders.includes(name))
        return incomplete(`The header "${name}" must be signed.`);
    }
    const headerBlock = canonicalHeaderBlock(request.headers, auth.signedHeaders);
    if (!headerBlock.ok)
      return incomplete(`The signed header "${headerBlock.missing}" is missing from the request.`);

    const nonce = headerValue(request.headers, "x-acs-signature-nonce") ?? "";
    if (nonce === "") return incomplete("The x-acs-signature-nonce header is empty.");

    const payloadHash = sha256Hex(request.body);
    if (headerValue(request.headers, "x-acs-content-sha256")?.toLowerCase() !== payloadHash) {
      return incomplete(
        "The x-acs-content-sha256 header does not match the SHA-256 of the request body.",
      );
    }

    const date = parseAcsDate(headerValue(request.headers, "x-acs-date") ?? "");
    if (date === undefined)
      return fail(
        "InvalidTimeStamp.Format",
        "Specified time stamp or date value is not well formatted.",
      );
    if (Math.abs(now() - date) > maxSkewMs)
      return fail("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");

    const queryStart = request.url.indexOf("?");
    const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
    const pairs = parseRawQuery(queryStart === -1 ? "" : request.url.slice(queryStart + 1));
    if (pairs === null) return incomplete("The query string holds malformed percent-encoding.");

    const canonical = buildCanonicalRequest({
      method: request.method,
      canonicalUri: path === "" ? "/" : path,
      canonicalQuery: canonicalQueryString(pairs),
      canonicalHeaders: headerBlock.block,
      signedHeaders: auth.signedHeaders,
      payloadHash,
    });
    const toSign = stringToSign(canonical);
    if (!signaturesMatch(signStringToSign(secret, toSign), auth.signature)) {
      // Like the real gateway, echo the string to sign so a client author can find the difference.
      return fail(
        "SignatureDoesNotMatch",
        `Specified signature is not matched with our calculation. server string to sign is:${toSign}`,
      );
    }

    // Claimed only once everything else holds, so a forged request cannot burn a genuine nonce.
    if (!nonces.claim(nonce, date + maxSkewMs)) {
      return fail("SignatureNonceUsed", "Specified signature nonce was used already.");
    }
    return { ok: true, accessKeyId: auth.accessKeyId };
  };
}
