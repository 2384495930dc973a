import { describe, expect, it } from "vitest";
import { suggestionSearchKey, suggestNextName } from "./suggest-name";

describe("suggestNextName", () => {
  it("increments a trailing number, keeping its padding", () => {
    expect(suggestNextName("release-7")).toBe("release-8");
    expect(suggestNextName("build-009")).toBe("build-010");
    expect(suggestNextName("v1.4.2")).toBe("v1.4.3");
    expect(suggestNextName("run-99999999999999999999")).toBe("run-100000000000000000000");
  });
  it("appends -next when there is no number, and skips taken names", () => {
    expect(suggestNextName("stable")).toBe("stable-next");
    expect(suggestNextName("release-7", ["release-8", "release-9"])).toBe("release-10");
  });
  it("suggests a free name once the -next name is taken", () => {
    expect(suggestNextName("v2-checkout-redesign", ["v2-checkout-redesign-next"])).toBe("v2-checkout-redesign-next-2");
    expect(
      suggestNextName("v2-checkout-redesign", ["v2-checkout-redesign-next", "v2-checkout-redesign-next-2", "v2-checkout-redesign"]),
    ).toBe("v2-checkout-redesign-next-3");
    expect(suggestNextName("v2-checkout-redesign-next")).toBe("v2-checkout-redesign-next-2");
    expect(suggestNextName("Stable", ["STABLE-NEXT"])).toBe("Stable-next-2");
  });
  it("stays within the 6-128 bound, and free, however long the base", () => {
    expect(suggestNextName("v1").length).toBeGreaterThanOrEqual(6);
    const long = "x".repeat(128);
    const first = suggestNextName(long);
    expect(first).toHaveLength(128);
    const second = suggestNextName(long, [first]);
    expect(second).toHaveLength(128);
    expect(second).not.toBe(first);
    expect(suggestNextName(`${"y".repeat(125)}999`, [`${"y".repeat(124)}1000`])).toBe(`${"y".repeat(124)}1001`);
  });
  it("is found by searching for the stem every candidate contains", () => {
    expect(suggestionSearchKey("release-7")).toBe("release-");
    expect(suggestionSearchKey("v2-checkout-redesign")).toBe("v2-checkout-redesign");
    for (const base of ["release-7", "v2-checkout-redesign", "v2-checkout-redesign-next"])
      for (const taken of [[], [suggestNextName(base)]])
        expect(suggestNextName(base, taken)).toContain(suggestionSearchKey(base));
  });
});
