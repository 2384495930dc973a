import { describe, expect, it } from "vitest";
import { boundaryAdvice } from "./boundary-error";

describe("boundaryAdvice", () => {
  it("sends a server-side failure to the server log, under its reference", () => {
    expect(boundaryAdvice("12345")).toMatch(/server log.*reference/);
  });

  it("never sends a browser-side failure (no digest) to the server log", () => {
    const advice = boundaryAdvice(undefined);
    expect(advice).not.toMatch(/server log/i);
    expect(advice).toMatch(/in this browser/);
  });
});
