// Parses `ACS3-HMAC-SHA256 Credential=<AKID>,SignedHeaders=<a;b>,Signature=<hex>`.

export type ParsedAuthorization =
  | { ok: true; algorithm: string; accessKeyId: string; signedHeaders: string[]; signature: string }
  | { ok: false; reason: string };

export function parseAuthorization(header: string): ParsedAuthorization {
  const space = header.indexOf(" ");
  if (space <= 0) return { ok: false, reason: "The Authorization header is malformed." };
  const algorithm = header.slice(0, space);
  const fields = new Map<string, string>();
  for (const part of header.slice(space + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get("Credential");
  const signedHeaders = fields.get("SignedHeaders");
  const signature = fields.get("Signature");
  if (!accessKeyId) return { ok: false, reason: "The Authorization header lacks Credential." };
  if (!signedHeaders) return { ok: false, reason: "The Authorization header lacks SignedHeaders." };
  if (!signature) return { ok: false, reason: "The Authorization header lacks Signature." };
  return {
    ok: true,
    algorithm,
    accessKeyId,
    // Header names are case-insensitive; the client lowercases them before signing.
    signedHeaders: signedHeaders.split(";").map((name) => name.trim().toLowerCase()),
    signature,
  };
}
