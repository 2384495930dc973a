import { describe, expect, it } from "vitest";
import { formatUtc } from "./format-time";

describe("formatUtc", () => {
  it("shows an ESA timestamp in readable UTC", () => {
    expect(formatUtc("2025-03-02T08:15:00Z")).toBe("2 Mar 2025, 08:15 UTC");
    expect(formatUtc("2024-12-31T23:59:59Z")).toBe("31 Dec 2024, 23:59 UTC");
  });

  it("converts offsets to UTC", () => {
    expect(formatUtc("2025-06-01T01:30:00+08:00")).toBe("31 May 2025, 17:30 UTC");
  });

  it("returns null for empty or unreadable values", () => {
    expect(formatUtc("")).toBeNull();
    expect(formatUtc(undefined)).toBeNull();
    expect(formatUtc("yesterday")).toBeNull();
  });
});
