import { describe, expect, it } from "vitest";

import { ActionStats, percentile } from "./stats";

describe("load test statistics", () => {
  it("nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)]).toEqual([
      50, 95, 99,
    ]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it("counts samples and errors per action", () => {
    const stats = new ActionStats();
    stats.record("create", 10, true);
    stats.record("create", 30, false);
    stats.record("browse", 5, true);
    expect(stats.count()).toBe(3);
    expect(stats.errorCount()).toBe(1);
    expect(stats.rows()).toContainEqual({
      action: "create",
      count: 2,
      errors: 1,
      p50: 10,
      p95: 30,
      p99: 30,
    });
  });
});
