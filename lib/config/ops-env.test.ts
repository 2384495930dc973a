import { describe, expect, it } from "vitest";

import { configProblemsOf } from "@/lib/testing/config-problems";

import { parseServerConfig } from "./env";

describe("ops variables", () => {
  it("reads the log level, the metrics token and the shutdown grace", () => {
    const token = "t".repeat(24);
    expect(
      parseServerConfig({
        STUDIO_LOG_LEVEL: "DEBUG",
        STUDIO_METRICS_TOKEN: token,
        STUDIO_SHUTDOWN_GRACE_MS: "5000",
      }).ops,
    ).toEqual({ logLevel: "debug", metricsToken: token, shutdownGraceMs: 5000 });
  });

  it("names a bad value without showing the token", () => {
    const problems = configProblemsOf({
      STUDIO_LOG_LEVEL: "loud",
      STUDIO_METRICS_TOKEN: "short-token",
    });
    expect(problems).toEqual([
      expect.stringMatching(/^STUDIO_LOG_LEVEL must be one of fatal, error/),
      expect.stringMatching(/^STUDIO_METRICS_TOKEN must be 16 to 512/),
    ]);
    expect(problems.join(" ")).not.toContain("short-token");
  });
});
