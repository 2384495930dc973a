import "server-only";

import { createHash } from "node:crypto";

import type { BetterAuthOptions } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins";

import type { PortalConfig } from "@/lib/config/portal-env";
import { readUserStanding } from "@/lib/db/access-store";
import { authDatabaseAdapter } from "@/lib/db/auth-adapter";
import { countSignInAttempt, countUsers } from "@/lib/db/identity-store";
import type { Db } from "@/lib/db/types";

import { ACCOUNT_ATTEMPTS_CODE } from "./account-codes";
import { recordOidcGroups } from "./oidc-groups";
import { signInEventOf, type SignInRecorder } from "./sign-in-events";

export const OIDC_PROVIDER_ID = "oidc";
/** Sign-in attempts allowed per account in ACCOUNT_WINDOW_MS, whatever address they come from. */
export const ACCOUNT_ATTEMPTS = 10;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;

export interface AuthSetup {
  db: Db;
  portal: PortalConfig;
  secret: string;
  /** Extra host names (ESA_STUDIO_ALLOWED_ORIGINS) people may reach the studio at. */
  allowedHosts?: readonly string[];
  /** Told of every password or single sign-on sign-in, successful or not (the audit log). */
  recordSignIn?: SignInRecorder;
}

const LOOPBACK_HOSTS = ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"];

/**
 * better-auth's configuration. Without STUDIO_PUBLIC_URL the origin is taken from each request
 * (loopback and the allowed hosts only); with it, that URL decides the origin and whether cookies
 * are Secure (https). better-auth chooses cookie names and attributes once per instance, not per
 * request, and with a per-request origin it would make them Secure in every production build, so
 * that a browser reaching the studio over plain http (not localhost) drops them and can never sign
 * in: without a public URL they are not Secure.
 */
export function buildAuthOptions({
  db,
  portal,
  secret,
  allowedHosts = [],
  recordSignIn,
}: AuthSetup) {
  const { oidc } = portal;
  return {
    appName: "Version Studio",
    secret,
    baseURL: portal.publicUrl ?? {
      allowedHosts: [...LOOPBACK_HOSTS, ...allowedHosts],
      protocol: "auto",
    },
    database: authDatabaseAdapter(db),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Local accounts come from the setup page and invitations only.
      disableSignUp: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: true, defaultValue: "member", input: false },
        disabled: { type: "boolean", required: true, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // No cookie cache: every request reads the session row, so sign-out-everywhere and a
      // disabled account take effect at the next request.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 10 } },
    },
    advanced: {
      cookiePrefix: "studio",
      useSecureCookies: portal.publicUrl?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    databaseHooks: {
      user: {
        create: {
          // Only single sign-on creates users through better-auth. Before setup, nobody may: the
          // first person must be the administrator created on the setup page.
          before: async (newUser) => ((await countUsers(db)) > 0 ? { data: newUser } : false),
        },
      },
      session: {
        create: {
          // A disabled person gets no new session, whichever way they sign in.
          before: async (newSession) => {
            const standing = await readUserStanding(db, newSession.userId);
            return standing && !standing.disabled ? { data: newSession } : false;
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email =
          typeof ctx.body?.email === "string" ? ctx.body.email.trim().toLowerCase() : "";
        const key = `email:${createHash("sha256").update(email).digest("hex")}`;
        if ((await countSignInAttempt(db, key, ACCOUNT_WINDOW_MS)) > ACCOUNT_ATTEMPTS) {
          throw new APIError("TOO_MANY_REQUESTS", {
            // The sign-in form shows its own words for this code, in the reader's language.
            code: ACCOUNT_ATTEMPTS_CODE,
            message: "Too many sign-in attempts for this account. Wait 15 minutes and try again.",
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const signedIn = ctx.context.newSession;
        if (oidc && signedIn && ctx.path.startsWith("/callback/")) {
          await recordOidcGroups(db, signedIn.user.id, OIDC_PROVIDER_ID, oidc.groupsClaim);
        }
        const event = signInEventOf({
          path: ctx.path,
          body: ctx.body,
          headers: ctx.headers,
          newSession: signedIn,
          returned: ctx.context.returned,
        });
        if (event && recordSignIn) await recordSignIn(event);
      }),
    },
    plugins: [
      ...(oidc
        ? [
            genericOAuth({
              config: [
                {
                  providerId: OIDC_PROVIDER_ID,
                  name: "Single sign-on",
                  discoveryUrl: `${oidc.issuer}/.well-known/openid-configuration`,
                  requireIdTokenVerification: true,
                  clientId: oidc.clientId,
                  clientSecret: oidc.clientSecret,
                  scopes: oidc.scopes,
                  pkce: true,
                  overrideUserInfo: true,
                },
              ],
            }),
          ]
        : []),
      // Last: lets server actions set better-auth's cookies through next/headers.
      nextCookies(),
    ],
  } satisfies BetterAuthOptions;
}
