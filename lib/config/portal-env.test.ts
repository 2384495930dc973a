import path from "node:path";

import { describe, expect, it } from "vitest";

import { configProblemsOf } from "@/lib/testing/config-problems";

import { parseServerConfig } from "./env";

const problemsOf = configProblemsOf;

const portal = (env: Record<string, string>) => parseServerConfig(env).portal;
const OIDC = {
  STUDIO_OIDC_ISSUER: "https://login.example.com/realms/team/",
  STUDIO_OIDC_CLIENT_ID: "version-studio",
  STUDIO_OIDC_CLIENT_SECRET: "oidc-client-secret-value",
};

describe("database variables", () => {
  it("keeps the embedded database under STUDIO_DATA_DIR, resolved from the working folder", () => {
    expect(portal({ STUDIO_DATA_DIR: "var/studio" }).database).toEqual({
      driver: "pglite",
      dataDir: path.resolve("var/studio"),
    });
  });

  it("switches to PostgreSQL when DATABASE_URL is set", () => {
    const url = "postgresql://studio:pw@db.internal:5432/studio";
    expect(portal({ DATABASE_URL: url }).database).toEqual({ driver: "pg", url });
  });

  it("refuses a DATABASE_URL that is not PostgreSQL without repeating it", () => {
    const problems = problemsOf({ DATABASE_URL: "mysql://root:hunter2-SECRET@db/studio" });
    expect(problems).toEqual([expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/)]);
    expect(problems.join(" ")).not.toContain("hunter2-SECRET");
  });
});

describe("auth secret and public URL", () => {
  it("accepts either name for the auth secret", () => {
    const secret = "s".repeat(32);
    expect(portal({ BETTER_AUTH_SECRET: secret }).authSecret).toBe(secret);
    expect(portal({ STUDIO_AUTH_SECRET: secret }).authSecret).toBe(secret);
  });

  it("refuses a short secret without showing it, and two different secrets", () => {
    const problems = problemsOf({ STUDIO_AUTH_SECRET: "short-SECRET" });
    expect(problems).toEqual([expect.stringMatching(/^STUDIO_AUTH_SECRET must be 32 to 512/)]);
    expect(problems[0]).not.toContain("short-SECRET");
    expect(
      problemsOf({ BETTER_AUTH_SECRET: "a".repeat(32), STUDIO_AUTH_SECRET: "b".repeat(32) }),
    ).toEqual([expect.stringMatching(/both set and differ/)]);
  });

  it("takes the public URL's origin and refuses plain http beyond localhost", () => {
    expect(portal({ STUDIO_PUBLIC_URL: "https://studio.example.com/" }).publicUrl).toBe(
      "https://studio.example.com",
    );
    expect(portal({ STUDIO_PUBLIC_URL: "http://localhost:3000" }).publicUrl).toBe(
      "http://localhost:3000",
    );
    expect(problemsOf({ STUDIO_PUBLIC_URL: "http://studio.example.com" })[0]).toMatch(
      /^STUDIO_PUBLIC_URL must use https:\/\//,
    );
    expect(problemsOf({ STUDIO_PUBLIC_URL: "https://studio.example.com/app" })[0]).toMatch(
      /without a path/,
    );
  });
});

describe("single sign-on", () => {
  it("is off unless configured, and reads scopes and the groups claim with their defaults", () => {
    expect(portal({}).oidc).toBeUndefined();
    expect(portal(OIDC).oidc).toEqual({
      issuer: "https://login.example.com/realms/team",
      clientId: "version-studio",
      clientSecret: "oidc-client-secret-value",
      scopes: ["openid", "profile", "email"],
      groupsClaim: "groups",
    });
    expect(
      portal({
        ...OIDC,
        STUDIO_OIDC_SCOPES: "openid, email groups",
        STUDIO_OIDC_GROUPS_CLAIM: "roles",
      }).oidc,
    ).toMatchObject({ scopes: ["openid", "email", "groups"], groupsClaim: "roles" });
  });

  it("names the missing variables when only part of the trio is set", () => {
    expect(problemsOf({ STUDIO_OIDC_ISSUER: OIDC.STUDIO_OIDC_ISSUER })).toEqual([
      expect.stringMatching(
        /^Single sign-on needs .*: STUDIO_OIDC_CLIENT_ID and STUDIO_OIDC_CLIENT_SECRET are missing\.$/,
      ),
    ]);
  });

  it("refuses scopes without openid, a bad claim name and a non-https issuer", () => {
    expect(problemsOf({ ...OIDC, STUDIO_OIDC_SCOPES: "profile email" })[0]).toMatch(
      /^STUDIO_OIDC_SCOPES must include "openid"/,
    );
    expect(problemsOf({ ...OIDC, STUDIO_OIDC_GROUPS_CLAIM: "my groups" })[0]).toMatch(
      /^STUDIO_OIDC_GROUPS_CLAIM must be a claim name/,
    );
    expect(problemsOf({ ...OIDC, STUDIO_OIDC_ISSUER: "http://idp.example.com" })[0]).toMatch(
      /^STUDIO_OIDC_ISSUER must use https:\/\//,
    );
  });

  it("never repeats the client secret in a message", () => {
    const problems = problemsOf({ ...OIDC, STUDIO_OIDC_CLIENT_SECRET: "with space-SECRET" });
    expect(problems[0]).toMatch(/^STUDIO_OIDC_CLIENT_SECRET must be/);
    expect(problems.join(" ")).not.toContain("space-SECRET");
  });
});

describe("STUDIO_DRAFT_RETENTION_DAYS", () => {
  it("prunes drafts after 30 days by default and reads a number of days", () => {
    expect(portal({}).draftRetentionDays).toBe(30);
    expect(portal({ STUDIO_DRAFT_RETENTION_DAYS: "7" }).draftRetentionDays).toBe(7);
  });

  it("refuses zero with its bounds", () => {
    expect(problemsOf({ STUDIO_DRAFT_RETENTION_DAYS: "0" })[0]).toMatch(
      /^STUDIO_DRAFT_RETENTION_DAYS must be a whole number from 1 to 36500/,
    );
  });
});

describe("STUDIO_AUDIT_RETENTION_DAYS", () => {
  it("keeps everything by default and reads a number of days", () => {
    expect(portal({}).auditRetentionDays).toBeUndefined();
    expect(portal({ STUDIO_AUDIT_RETENTION_DAYS: "400" }).auditRetentionDays).toBe(400);
  });

  it("refuses zero and words with its bounds", () => {
    expect(problemsOf({ STUDIO_AUDIT_RETENTION_DAYS: "0" })[0]).toMatch(
      /^STUDIO_AUDIT_RETENTION_DAYS must be a whole number from 1 to 36500/,
    );
    expect(problemsOf({ STUDIO_AUDIT_RETENTION_DAYS: "forever" })).toHaveLength(1);
  });
});
