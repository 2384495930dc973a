import { describe, expect, it } from "vitest";

import { isPublicAuthEndpoint } from "./public-endpoints";

const at = (path: string) => `https://studio.example.com/api/auth${path}`;

describe("the studio's better-auth HTTP surface", () => {
  it("serves the sign-in flow", () => {
    expect(isPublicAuthEndpoint("GET", at("/get-session"))).toBe(true);
    expect(isPublicAuthEndpoint("POST", at("/sign-in/email"))).toBe(true);
    expect(isPublicAuthEndpoint("POST", at("/sign-in/social"))).toBe(true);
    expect(isPublicAuthEndpoint("GET", at("/callback/oidc?code=x&state=y"))).toBe(true);
    expect(isPublicAuthEndpoint("POST", at("/callback/oidc"))).toBe(true);
  });

  it("closes every endpoint that changes people or sessions outside the audited actions", () => {
    for (const path of [
      "/update-user",
      "/change-password",
      "/change-email",
      "/delete-user",
      "/sign-up/email",
      "/sign-out",
      "/revoke-session",
      "/revoke-sessions",
      "/revoke-other-sessions",
      "/link-social",
      "/unlink-account",
      "/request-password-reset",
      "/reset-password",
      "/list-sessions",
      "/list-accounts",
    ]) {
      expect(isPublicAuthEndpoint("POST", at(path)), path).toBe(false);
      expect(isPublicAuthEndpoint("GET", at(path)), path).toBe(false);
    }
  });

  it("matches method, whole path and prefix exactly", () => {
    expect(isPublicAuthEndpoint("GET", at("/sign-in/email"))).toBe(false);
    expect(isPublicAuthEndpoint("POST", at("/get-session"))).toBe(false);
    expect(isPublicAuthEndpoint("POST", at("/sign-in/email/extra"))).toBe(false);
    expect(isPublicAuthEndpoint("GET", at("/callback/oidc/../update-user"))).toBe(false);
    expect(isPublicAuthEndpoint("GET", "https://studio.example.com/api/authx/get-session")).toBe(
      false,
    );
  });
});
