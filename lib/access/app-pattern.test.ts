import { describe, expect, it } from "vitest";

import { inEnglish } from "@/lib/testing/i18n";

import { appMatchesPattern, appPatternProblem } from "./app-pattern";

const shopEu = { id: "app-7f3a", name: "shop-eu" };

describe("appMatchesPattern", () => {
  it("matches an exact AppId or an exact name", () => {
    expect(appMatchesPattern("app-7f3a", shopEu)).toBe(true);
    expect(appMatchesPattern("shop-eu", shopEu)).toBe(true);
    expect(appMatchesPattern("shop", shopEu)).toBe(false);
    expect(appMatchesPattern("app-7f3", shopEu)).toBe(false);
  });

  it("matches a name glob, anchored at both ends, and * matches every app", () => {
    expect(appMatchesPattern("shop-*", shopEu)).toBe(true);
    expect(appMatchesPattern("*-eu", shopEu)).toBe(true);
    expect(appMatchesPattern("s*p-*", shopEu)).toBe(true);
    expect(appMatchesPattern("shop-*", { id: "x", name: "myshop-eu" })).toBe(false);
    expect(appMatchesPattern("shop-*", { id: "shop-1", name: "blog" })).toBe(false);
    expect(appMatchesPattern("*", { id: "x", name: "anything" })).toBe(true);
  });

  it("treats dots in a glob literally", () => {
    expect(appMatchesPattern("a.b*", { id: "x", name: "a.bc" })).toBe(true);
    expect(appMatchesPattern("a.b*", { id: "x", name: "axbc" })).toBe(false);
  });
});

describe("appPatternProblem", () => {
  it("accepts ids, names and globs, and refuses other characters with a sentence", () => {
    expect(appPatternProblem("shop-*")).toBeUndefined();
    expect(appPatternProblem("*")).toBeUndefined();
    expect(inEnglish(appPatternProblem("shop eu") ?? "")).toMatch(/^An app pattern is/);
    expect(inEnglish(appPatternProblem("") ?? "")).toMatch(/^An app pattern is/);
    expect(inEnglish(appPatternProblem("a".repeat(129)) ?? "")).toMatch(/at most 128/);
  });
});
