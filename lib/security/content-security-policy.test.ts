import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, newNonce, scriptNonce } from "./content-security-policy";

const directives = (csp: string) =>
  new Map(
    csp.split("; ").map((d) => {
      const [name, ...values] = d.split(" ");
      return [name!, values] as const;
    }),
  );

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only, and forbids framing, plugins, base and form hijacking", () => {
    const csp = directives(contentSecurityPolicy("abc123=="));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(contentSecurityPolicy("n")).not.toMatch(/unsafe-eval/);
  });

  it("adds unsafe-eval in development only, where React needs it", () => {
    expect(directives(contentSecurityPolicy("n", { dev: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = Array.from({ length: 100 }, newNonce);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(nonces).size).toBe(100);
  });

  it("gives back the nonce it was built with, for the app's own inline scripts", () => {
    const nonce = newNonce();
    expect(scriptNonce(contentSecurityPolicy(nonce))).toBe(nonce);
    expect(scriptNonce(contentSecurityPolicy(nonce, { dev: true }))).toBe(nonce);
    expect(scriptNonce(null)).toBeUndefined();
    expect(scriptNonce("default-src 'self'")).toBeUndefined();
  });
});
