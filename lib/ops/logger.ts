import { createRequire } from "node:module";
import path from "node:path";

import pino, { type DestinationStream, type Logger } from "pino";

import { REDACT_PATHS, REDACTED, scrubLine, secretValuesOf } from "./redaction";

// The process's structured logger: one JSON object per line on stdout. Level from
// STUDIO_LOG_LEVEL (default info); in development (`next dev`) lines are pretty-printed when
// pino-pretty is installed. Not "server-only": scripts and the sandbox-free tests use it too.

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function logLevelFrom(value: string | undefined): LogLevel {
  const wanted = value?.trim().toLowerCase();
  return (LOG_LEVELS as readonly string[]).includes(wanted ?? "") ? (wanted as LogLevel) : "info";
}

export interface LoggerOptions {
  level?: LogLevel;
  env?: Readonly<Record<string, string | undefined>>;
  /** Where lines go (tests capture them); stdout otherwise. */
  destination?: DestinationStream;
  pretty?: boolean;
}

function prettyStream(): DestinationStream | undefined {
  try {
    // Resolved from the project at run time, not bundled: a dev dependency, absent in packages.
    const load = createRequire(path.join(process.cwd(), "package.json"));
    const pretty = load("pino-pretty") as (options: object) => DestinationStream;
    return pretty({ colorize: true, translateTime: "HH:MM:ss.l", ignore: "pid,hostname" });
  } catch {
    return undefined;
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const env = options.env ?? process.env;
  const secrets = secretValuesOf(env);
  const wantsPretty = options.pretty ?? env.NODE_ENV === "development";
  const destination =
    options.destination ?? (wantsPretty ? prettyStream() : undefined) ?? pino.destination(1);
  return pino(
    {
      level: options.level ?? logLevelFrom(env.STUDIO_LOG_LEVEL),
      base: { service: "version-studio" },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      hooks: { streamWrite: (line) => scrubLine(line, secrets) },
    },
    destination,
  );
}

// One logger per process, shared by every bundle that imports this module (see sandbox-holder.ts
// for why module state alone is not shared).
const HOLDER: unique symbol = Symbol.for("version-studio.ops.logger");
type GlobalWithLogger = typeof globalThis & { [HOLDER]?: Logger };

export function opsLog(): Logger {
  const store = globalThis as GlobalWithLogger;
  store[HOLDER] ??= createLogger();
  return store[HOLDER];
}

/** Replaces the process logger (tests capture lines with it). */
export function setOpsLog(logger: Logger | undefined): void {
  const store = globalThis as GlobalWithLogger;
  if (logger) store[HOLDER] = logger;
  else delete store[HOLDER];
}
