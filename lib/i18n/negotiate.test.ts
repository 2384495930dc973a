import { describe, expect, it } from "vitest";

import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("takes the language switch's cookie first", () => {
    expect(negotiateLocale("zh-CN", "en-US,en;q=0.9")).toBe("zh-CN");
    expect(negotiateLocale("en", "zh-CN")).toBe("en");
  });

  it("ignores a cookie naming no catalog and falls back to Accept-Language", () => {
    expect(negotiateLocale("fr", "zh-CN,zh;q=0.9")).toBe("zh-CN");
  });

  it("matches Chinese variants to zh-CN and English variants to en", () => {
    expect(negotiateLocale(undefined, "zh")).toBe("zh-CN");
    expect(negotiateLocale(undefined, "zh-Hans-CN")).toBe("zh-CN");
    expect(negotiateLocale(undefined, "en-GB")).toBe("en");
    expect(negotiateLocale(undefined, "de-DE,zh;q=0.5")).toBe("zh-CN");
  });

  it("answers English without a usable header", () => {
    expect(negotiateLocale(undefined, null)).toBe("en");
    expect(negotiateLocale(undefined, "fr-FR")).toBe("en");
    expect(negotiateLocale(undefined, "*")).toBe("en");
    expect(negotiateLocale(undefined, "not a tag,,;q=x")).toBe("en");
  });
});
