import { describe, expect, it } from "vitest";
import { NonceCache } from "./nonce-cache";

describe("NonceCache", () => {
  it("refuses a nonce while it is remembered and forgets it after its window", () => {
    let now = 1_000_000;
    const cache = new NonceCache(() => now);
    expect(cache.claim("n1", now + 60_000)).toBe(true);
    expect(cache.claim("n1", now + 60_000)).toBe(false);
    now += 61_000;
    expect(cache.claim("n2", now + 60_000)).toBe(true);
    expect(cache.size).toBe(1);
    expect(cache.claim("n1", now + 60_000)).toBe(true);
  });

  it("keeps memory bounded by the window under a stream of distinct nonces", () => {
    let now = 0;
    const cache = new NonceCache(() => now);
    for (let i = 0; i < 10_000; i += 1) {
      now += 100;
      cache.claim(`nonce-${i}`, now + 30_000);
    }
    // 30 s of requests at one per 100 ms, plus at most one second between sweeps.
    expect(cache.size).toBeLessThanOrEqual(311);
    expect(cache.size).toBeGreaterThanOrEqual(300);
  });
});
