import "server-only";

import { parseCookies } from "better-auth/cookies";
import { constantTimeEqual, makeSignature } from "better-auth/crypto";

import { readSessionAccess, type SessionAccessRow } from "@/lib/db/session-access-store";
import type { Db } from "@/lib/db/types";

import { OIDC_PROVIDER_ID } from "./auth-options";
import type { Auth } from "./instance";

export interface PortalSession {
  sessionId: string;
  userId: string;
  name: string;
  email: string;
  isAdmin: boolean;
  /** How this person signs in: a local password or the OIDC provider. */
  signsInWith: "local" | "oidc";
  /** OIDC groups from their last sign-in (empty for local accounts). */
  groups: string[];
  expiresAt: Date;
}

/** A session and what the person may do, read in the same statement (lib/access builds on it). */
export interface SessionAndAccess {
  session: PortalSession;
  row: SessionAccessRow;
}

/**
 * The session token of the request's session cookie when its signature is ours, else null:
 * what better-auth's getSession does first (better-call's getSignedCookie: `token.signature`,
 * HMAC-SHA256 with the auth secret, base64, 44 characters), with better-auth's own helpers.
 */
async function signedSessionToken(auth: Auth, headers: Headers): Promise<string | null> {
  const cookie = headers.get("cookie");
  if (!cookie) return null;
  const ctx = await auth.$context;
  const value = parseCookies(cookie).get(ctx.authCookies.sessionToken.name);
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  return constantTimeEqual(signature, await makeSignature(token, ctx.secret)) ? token : null;
}

/**
 * Whether better-auth has nothing to do for this session row on this request: it is not expired
 * and not yet due for the sliding refresh (better-auth's getSession: expiresAt - expiresIn +
 * updateAge <= now updates the row).
 */
async function settled(auth: Auth, row: SessionAccessRow, now: number): Promise<boolean> {
  const { expiresIn, updateAge } = (await auth.$context).sessionConfig;
  const expiresAt = row.expiresAt.getTime();
  return expiresAt > now && expiresAt - expiresIn * 1000 + updateAge * 1000 > now;
}

function portalSession(row: SessionAccessRow): PortalSession {
  return {
    sessionId: row.sessionId,
    userId: row.userId,
    name: row.name,
    email: row.email,
    isAdmin: row.role === "admin",
    signsInWith: row.signsInWithOidc ? "oidc" : "local",
    groups: row.groups,
    expiresAt: row.expiresAt,
  };
}

/**
 * The signed-in person for a request's headers and their access rows, or null: no or expired
 * session, or a disabled account. The session row, the user and the grants are read from the
 * database on every call (no cookie cache), in one statement; a signed-out session, a disabled
 * account or a removed grant counts at the next request. Whenever better-auth would do more than
 * read (an unknown or expired token: clear the cookie, delete the row; a session due for its
 * sliding refresh), better-auth's own getSession runs and decides.
 */
export async function readSessionAndAccess(
  auth: Auth,
  db: Db,
  headers: Headers,
): Promise<SessionAndAccess | null> {
  const token = await signedSessionToken(auth, headers);
  if (token === null) return null;
  const read = () => readSessionAccess(db, token, OIDC_PROVIDER_ID);
  let row = await read();
  if (!row || !(await settled(auth, row, Date.now()))) {
    const found = await auth.api.getSession({ headers });
    if (!found) return null;
    row = await read();
    if (row?.sessionId !== found.session.id) return null;
  }
  if (!row || row.disabled || row.expiresAt.getTime() <= Date.now()) return null;
  return { session: portalSession(row), row };
}

/** The signed-in person for a request's headers, or null (see readSessionAndAccess). */
export async function readSession(
  auth: Auth,
  db: Db,
  headers: Headers,
): Promise<PortalSession | null> {
  return (await readSessionAndAccess(auth, db, headers))?.session ?? null;
}
