import "server-only";

import { readUserGroups } from "@/lib/db/access-store";
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

/**
 * The signed-in person for a request's headers, or null: no or expired session, or a disabled
 * account. Reads the session row and the user on every call (no cookie cache).
 */
export async function readSession(
  auth: Auth,
  db: Db,
  headers: Headers,
): Promise<PortalSession | null> {
  const found = await auth.api.getSession({ headers });
  if (!found || found.user.disabled) return null;
  const groups = await readUserGroups(db, found.user.id);
  const accounts = await auth.api.listUserAccounts({ headers });
  const signsInWith = accounts.some((a) => a.providerId === OIDC_PROVIDER_ID) ? "oidc" : "local";
  return {
    sessionId: found.session.id,
    userId: found.user.id,
    name: found.user.name,
    email: found.user.email,
    isAdmin: found.user.role === "admin",
    signsInWith,
    groups,
    expiresAt: found.session.expiresAt,
  };
}
