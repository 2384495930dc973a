import "server-only";

import path from "node:path";

import { z } from "zod";

import { intInRange, optionalVar } from "./env-rules";

// Variables of the team portal: database, sign-in, single sign-on and audit retention.

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** An http(s) URL; plain http only for a loopback host (a local test provider or a local server). */
function webUrl(name: string, example: string, { originOnly }: { originOnly: boolean }) {
  return z.string().superRefine((value, ctx) => {
    const url = parseUrl(value);
    const fail = (message: string) => ctx.addIssue({ code: "custom", message });
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      return fail(`${name} must be an https:// URL such as ${example}.`);
    }
    if (url.protocol === "http:" && !LOOPBACK.has(url.hostname)) {
      return fail(`${name} must use https:// (plain http:// is accepted for localhost only).`);
    }
    if (url.username || url.password)
      return fail(`${name} must not contain a user name or password.`);
    if (originOnly && (url.pathname !== "/" || url.search || url.hash)) {
      return fail(`${name} must be an origin without a path, such as ${example}.`);
    }
  });
}

// The value may carry a password: messages never repeat it.
const databaseUrl = z.string().superRefine((value, ctx) => {
  const url = parseUrl(value);
  if (!url || (url.protocol !== "postgres:" && url.protocol !== "postgresql:") || !url.hostname) {
    ctx.addIssue({
      code: "custom",
      message:
        "DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/studio (its value is not shown), or left unset to use the embedded database in STUDIO_DATA_DIR.",
    });
  }
});

const authSecret = (name: string) =>
  z.string().regex(/^\S{32,512}$/, {
    error: `${name} must be 32 to 512 characters without spaces (its value is not shown); generate one with \`openssl rand -base64 32\`.`,
  });

export const portalEnvShape = {
  STUDIO_DATA_DIR: optionalVar(
    z.string().regex(/^[^\0]+$/, { error: "STUDIO_DATA_DIR must be a folder path." }),
  ),
  DATABASE_URL: optionalVar(databaseUrl),
  BETTER_AUTH_SECRET: optionalVar(authSecret("BETTER_AUTH_SECRET")),
  STUDIO_AUTH_SECRET: optionalVar(authSecret("STUDIO_AUTH_SECRET")),
  STUDIO_PUBLIC_URL: optionalVar(
    webUrl("STUDIO_PUBLIC_URL", "https://studio.example.com", { originOnly: true }),
  ),
  STUDIO_OIDC_ISSUER: optionalVar(
    webUrl("STUDIO_OIDC_ISSUER", "https://login.example.com/realms/team", { originOnly: false }),
  ),
  STUDIO_OIDC_CLIENT_ID: optionalVar(
    z.string().regex(/^[\x21-\x7e]{1,256}$/, {
      error: "STUDIO_OIDC_CLIENT_ID must be 1-256 printable characters without spaces.",
    }),
  ),
  STUDIO_OIDC_CLIENT_SECRET: optionalVar(
    z.string().regex(/^[\x21-\x7e]{1,1024}$/, {
      error:
        "STUDIO_OIDC_CLIENT_SECRET must be 1-1024 printable characters without spaces (its value is not shown).",
    }),
  ),
  STUDIO_OIDC_SCOPES: optionalVar(
    z
      .string()
      .transform((value) => value.split(/[\s,]+/).filter(Boolean))
      .pipe(
        z
          .array(
            z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, {
              error:
                'STUDIO_OIDC_SCOPES holds a scope with a character OAuth does not allow (" or \\).',
            }),
          )
          .refine((scopes) => scopes.includes("openid"), {
            error:
              'STUDIO_OIDC_SCOPES must include "openid" (for example "openid profile email groups"), separated by spaces or commas.',
          }),
      ),
  ),
  STUDIO_OIDC_GROUPS_CLAIM: optionalVar(
    z.string().regex(/^[A-Za-z0-9_:./-]{1,128}$/, {
      error:
        "STUDIO_OIDC_GROUPS_CLAIM must be a claim name of 1-128 letters, digits or _ : . / - (default: groups).",
    }),
  ),
  STUDIO_AUDIT_RETENTION_DAYS: optionalVar(
    intInRange("STUDIO_AUDIT_RETENTION_DAYS", 1, 36_500, "days; leave unset to keep every entry"),
  ),
  STUDIO_DRAFT_RETENTION_DAYS: optionalVar(
    intInRange("STUDIO_DRAFT_RETENTION_DAYS", 1, 36_500, "days a draft may stay untouched; default 30"),
  ),
};

type PortalEnv = z.output<z.ZodObject<typeof portalEnvShape>>;

const OIDC_TRIO = [
  "STUDIO_OIDC_ISSUER",
  "STUDIO_OIDC_CLIENT_ID",
  "STUDIO_OIDC_CLIENT_SECRET",
] as const;

/** Cross-variable rules, as sentences; used by the env schema's superRefine. */
export function portalEnvProblems(env: PortalEnv): string[] {
  const problems: string[] = [];
  const set = OIDC_TRIO.filter((name) => env[name] !== undefined);
  if (set.length > 0 && set.length < OIDC_TRIO.length) {
    const missing = OIDC_TRIO.filter((name) => env[name] === undefined);
    problems.push(
      `Single sign-on needs ${OIDC_TRIO.join(", ")} together: ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing.`,
    );
  }
  if (
    env.BETTER_AUTH_SECRET !== undefined &&
    env.STUDIO_AUTH_SECRET !== undefined &&
    env.BETTER_AUTH_SECRET !== env.STUDIO_AUTH_SECRET
  ) {
    problems.push(
      "BETTER_AUTH_SECRET and STUDIO_AUTH_SECRET are both set and differ: set only one of them.",
    );
  }
  return problems;
}

export interface PortalConfig {
  database: { driver: "pglite"; dataDir: string } | { driver: "pg"; url: string };
  /** From BETTER_AUTH_SECRET or STUDIO_AUTH_SECRET; undefined: generated once and kept in the database. */
  authSecret: string | undefined;
  /** The origin people use; undefined: taken from each request (localhost only). */
  publicUrl: string | undefined;
  oidc:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string;
        scopes: string[];
        groupsClaim: string;
      }
    | undefined;
  /** Days of audit log to keep; undefined keeps every entry. */
  auditRetentionDays: number | undefined;
  /** Days a draft kept on the server may stay untouched before it is pruned (default 30). */
  draftRetentionDays: number;
}

export function toPortalConfig(env: PortalEnv, cwd = process.cwd()): PortalConfig {
  const { STUDIO_OIDC_ISSUER: issuer, STUDIO_OIDC_CLIENT_ID: clientId } = env;
  const clientSecret = env.STUDIO_OIDC_CLIENT_SECRET;
  return {
    database: env.DATABASE_URL
      ? { driver: "pg", url: env.DATABASE_URL }
      : { driver: "pglite", dataDir: path.resolve(cwd, env.STUDIO_DATA_DIR ?? "data") },
    authSecret: env.BETTER_AUTH_SECRET ?? env.STUDIO_AUTH_SECRET,
    publicUrl: env.STUDIO_PUBLIC_URL ? new URL(env.STUDIO_PUBLIC_URL).origin : undefined,
    oidc:
      issuer && clientId && clientSecret
        ? {
            issuer: issuer.replace(/\/+$/, ""),
            clientId,
            clientSecret,
            scopes: env.STUDIO_OIDC_SCOPES ?? ["openid", "profile", "email"],
            groupsClaim: env.STUDIO_OIDC_GROUPS_CLAIM ?? "groups",
          }
        : undefined,
    auditRetentionDays: env.STUDIO_AUDIT_RETENTION_DAYS,
    draftRetentionDays: env.STUDIO_DRAFT_RETENTION_DAYS ?? 30,
  };
}
