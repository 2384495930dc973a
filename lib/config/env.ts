import "server-only";

import { envSchema, toServerConfig, type ServerConfig } from "./env-schema";

export { DEFAULT_ESA_ENDPOINT, type EsaBackend, type ServerConfig } from "./env-schema";

/** Thrown when the environment is unusable; `problems` holds one sentence per bad variable. */
export class ServerConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      [
        `Version Studio cannot start: ${problems.length} environment variable${problems.length === 1 ? " is" : "s are"} invalid.`,
        ...problems.map((problem) => `  - ${problem}`),
        "Fix them (for example in .env.local) and start the server again.",
      ].join("\n"),
    );
    this.name = "ServerConfigError";
    this.problems = problems;
  }
}

/**
 * Parses an environment without touching process state. Every bad variable is reported at once,
 * so a person fixes them in one go rather than one restart per mistake.
 */
export function parseServerConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => issue.message);
    throw new ServerConfigError([...new Set(problems)]);
  }
  return toServerConfig(result.data);
}

let memo: ServerConfig | undefined;

/**
 * The process configuration, parsed from process.env on first use. instrumentation.ts calls this
 * at start-up so a bad value stops the server before it takes a request; later calls are free.
 */
export function getServerConfig(): ServerConfig {
  memo ??= parseServerConfig(process.env);
  return memo;
}
