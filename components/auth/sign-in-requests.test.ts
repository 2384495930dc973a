import { afterEach, describe, expect, it, vi } from "vitest";

import { allInEnglish, inLocale } from "@/lib/testing/i18n";

import { signInWithPassword, startSingleSignOn } from "./sign-in-requests";

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers })));
}

afterEach(() => vi.unstubAllGlobals());

describe("signInWithPassword", () => {
  it("puts wrong credentials on the password field", async () => {
    answer(401, { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
    expect(allInEnglish(await signInWithPassword("a@example.com", "x"))).toEqual({
      ok: false,
      field: "password",
      message: "The email or password is not right.",
    });
  });

  it("tells how long to wait when the address is over its limit", async () => {
    answer(429, { message: "Too many requests. Please try again later." }, { "x-retry-after": "42" });
    const outcome = await signInWithPassword("a@example.com", "x");
    expect(allInEnglish(outcome)).toEqual({
      ok: false,
      field: null,
      message: "Too many sign-in attempts from this address. Try again in 42 seconds.",
    });
    expect(outcome.ok ? "" : inLocale("zh-CN", outcome.message)).toContain("42 秒");
  });

  it("words the account limit by its code, and any other limit without a waiting time", async () => {
    answer(429, {
      code: "TOO_MANY_ATTEMPTS_FOR_ACCOUNT",
      message: "Too many sign-in attempts for this account. Wait 15 minutes and try again.",
    });
    expect(allInEnglish(await signInWithPassword("a@example.com", "x"))).toMatchObject({
      message: "Too many sign-in attempts for this account. Wait 15 minutes and try again.",
    });
    answer(429, { message: "Too many requests. Please try again later." });
    expect(allInEnglish(await signInWithPassword("a@example.com", "x"))).toMatchObject({
      message: "Too many sign-in attempts. Wait a few minutes and try again.",
    });
  });

  it("says the status of any other failure, even without a JSON body", async () => {
    answer(502, "<html>Bad gateway</html>");
    expect(allInEnglish(await signInWithPassword("a@example.com", "x"))).toMatchObject({
      field: null,
      message: "Signing in failed (502). Try again, or ask an administrator if it keeps failing.",
    });
  });
});

describe("startSingleSignOn", () => {
  it("answers the provider's URL, or a message", async () => {
    answer(200, { url: "https://login.example.com/authorize?x=1", redirect: true });
    expect(await startSingleSignOn("/apps")).toEqual({ url: "https://login.example.com/authorize?x=1" });
    answer(404, { message: "Provider not found" });
    expect(allInEnglish(await startSingleSignOn("/apps"))).toEqual({ message: "Single sign-on could not start (404). Try again later." });
  });
});
