import { describe, expect, it } from "vitest";
import { suggestNextName } from "./suggest-name";

describe("suggestNextName", () => {
  it("increments a trailing number, keeping its padding", () => {
    expect(suggestNextName("release-7")).toBe("release-8");
    expect(suggestNextName("build-009")).toBe("build-010");
    expect(suggestNextName("v1.4.2")).toBe("v1.4.3");
  });
  it("appends -next when there is no number, and skips taken names", () => {
    expect(suggestNextName("stable")).toBe("stable-next");
    expect(suggestNextName("release-7", ["release-8", "release-9"])).toBe("release-10");
  });
  it("stays within the 6-128 bound", () => {
    expect(suggestNextName("v1").length).toBeGreaterThanOrEqual(6);
    expect(suggestNextName("x".repeat(128)).length).toBeLessThanOrEqual(128);
  });
});
