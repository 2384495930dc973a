import "server-only";

import { randomBytes } from "node:crypto";

import { betterAuth } from "better-auth";

import { auditSignIn } from "@/lib/audit/sign-in-audit";
import { getServerConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/handle";
import { readOrCreateInstanceSecret } from "@/lib/db/identity-store";
import type { Db } from "@/lib/db/types";

import { buildAuthOptions, type AuthSetup } from "./auth-options";

export const createAuth = (setup: AuthSetup) => betterAuth(buildAuthOptions(setup));
export type Auth = ReturnType<typeof createAuth>;

/**
 * The auth secret: BETTER_AUTH_SECRET or STUDIO_AUTH_SECRET, else one generated on first start and
 * kept in the database, so `npm start` needs nothing and every instance signs with the same key.
 */
export function resolveAuthSecret(db: Db, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return Promise.resolve(fromEnv);
  return readOrCreateInstanceSecret(db, "auth", () => randomBytes(32).toString("base64url"));
}

/** ESA_STUDIO_ALLOWED_ORIGINS, as next.config.mjs reads it, as host names. */
function allowedHostsFromEnv(value = process.env.ESA_STUDIO_ALLOWED_ORIGINS ?? ""): string[] {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => (entry.includes("://") ? new URL(entry).host : entry));
}

const holder = globalThis as typeof globalThis & { __studioAuth?: Promise<Auth> };

async function build(): Promise<Auth> {
  const db = await getDb();
  const { portal } = getServerConfig();
  const secret = await resolveAuthSecret(db, portal.authSecret);
  // Sign-ins are audited from better-auth's own hook (lib/audit sits a floor above lib/auth, but
  // only this hook sees every sign-in, including the ones better-auth finishes itself: the OIDC
  // callback), so the process's instance is wired to the audit log here.
  return createAuth({
    db,
    portal,
    secret,
    allowedHosts: allowedHostsFromEnv(),
    recordSignIn: (event) => auditSignIn(db, event),
  });
}

/** The process's better-auth instance, on the process's database. */
export function getAuth(): Promise<Auth> {
  holder.__studioAuth ??= build().catch((error: unknown) => {
    holder.__studioAuth = undefined;
    throw error;
  });
  return holder.__studioAuth;
}
