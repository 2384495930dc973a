import "server-only";

import { readIdToken, writeUserGroups } from "@/lib/db/access-store";
import type { Db } from "@/lib/db/types";

/** The claims of a JWT whose signature better-auth already verified at the callback. */
function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split(".")[1];
  if (!payload) return {};
  const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  return claims !== null && typeof claims === "object" ? (claims as Record<string, unknown>) : {};
}

/**
 * Reads a claim as a list of group names: an array of strings, or one string. Anything else
 * (missing, numbers, objects) means no groups, never an error that would block sign-in.
 */
export function groupsFromClaims(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return [...new Set(list.filter((g): g is string => typeof g === "string" && g.length > 0))];
}

/**
 * Stores the groups claim of the ID token better-auth just verified and saved for this sign-in,
 * replacing what the last sign-in said, so group grants follow the provider.
 */
export async function recordOidcGroups(
  db: Db,
  userId: string,
  providerId: string,
  claim: string,
): Promise<string[]> {
  const idToken = await readIdToken(db, userId, providerId);
  const groups = idToken ? groupsFromClaims(jwtClaims(idToken), claim) : [];
  await writeUserGroups(db, userId, groups);
  return groups;
}
