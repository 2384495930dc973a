import "server-only";

import { z } from "zod";

import { intInRange, optionalVar } from "./env-rules";

// Variables of running the studio as a service: log level, metrics, shutdown, several instances.

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const opsEnvShape = {
  STUDIO_LOG_LEVEL: optionalVar(
    z.preprocess(
      (v) => (typeof v === "string" ? v.toLowerCase() : v),
      z.enum(LEVELS, {
        error: `STUDIO_LOG_LEVEL must be one of ${LEVELS.join(", ")} (default info).`,
      }),
    ),
  ),
  // A bearer token compared in constant time; its value is never shown.
  STUDIO_METRICS_TOKEN: optionalVar(
    z.string().regex(/^[\x21-\x7e]{16,512}$/, {
      error:
        "STUDIO_METRICS_TOKEN must be 16 to 512 printable characters without spaces (its value is not shown); leave it unset to turn /api/metrics off.",
    }),
  ),
  STUDIO_SHUTDOWN_GRACE_MS: optionalVar(
    intInRange(
      "STUDIO_SHUTDOWN_GRACE_MS",
      0,
      600_000,
      "milliseconds creates and publishes may take to finish after SIGTERM",
    ),
  ),
};

type OpsEnv = z.output<z.ZodObject<typeof opsEnvShape>>;

export interface OpsConfig {
  logLevel: (typeof LEVELS)[number];
  /** undefined: /api/metrics answers 404. */
  metricsToken: string | undefined;
  shutdownGraceMs: number;
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 20_000;

export function toOpsConfig(env: OpsEnv): OpsConfig {
  return {
    logLevel: env.STUDIO_LOG_LEVEL ?? "info",
    metricsToken: env.STUDIO_METRICS_TOKEN,
    shutdownGraceMs: env.STUDIO_SHUTDOWN_GRACE_MS ?? DEFAULT_SHUTDOWN_GRACE_MS,
  };
}
