import "server-only";

import type { ServerConfig } from "@/lib/config/env";

import { publishSandbox, readSandbox, type SandboxEndpoint } from "@/lib/aliyun/sandbox-holder";

/** The subset of lib/sandbox/server.ts's startSandbox that the embedded start needs. */
export type StartSandbox = (options: {
  port: number;
  host: string;
  accessKeyId: string;
  accessKeySecret: string;
  controlEnabled: boolean;
  creatingDelayMs: number;
  rolloutStepMs: number;
  seed: "demo" | "large";
}) => Promise<{
  url: string;
  host: string;
  port: number;
  accessKeyId: string;
  accessKeySecret: string;
}>;

// Loopback only: the sandbox accepts a published AccessKey secret and must not face a network.
const SANDBOX_HOST = "127.0.0.1";

/**
 * Starts the sandbox once per process and publishes it for lib/esa's client. `start` is passed in
 * (instrumentation.ts imports lib/sandbox/server dynamically) so route bundles, which only read
 * the holder, never pull in the sandbox.
 */
export function startEmbeddedSandbox(
  config: ServerConfig,
  start: StartSandbox,
): Promise<SandboxEndpoint> {
  const existing = readSandbox();
  if (existing) return existing;
  const {
    port,
    accessKeyId,
    accessKeySecret,
    controlEnabled,
    creatingDelayMs,
    rolloutStepMs,
    seed,
  } = config.sandbox;
  const started = start({
    port,
    host: SANDBOX_HOST,
    accessKeyId,
    accessKeySecret,
    controlEnabled,
    creatingDelayMs,
    rolloutStepMs,
    seed,
  }).then(
    (sandbox) => ({
      endpoint: `${sandbox.host}:${sandbox.port}`,
      url: sandbox.url,
      accessKeyId: sandbox.accessKeyId,
      accessKeySecret: sandbox.accessKeySecret,
    }),
    (error: unknown) => {
      const code = (error as { code?: unknown } | null)?.code;
      const reason = code === "EADDRINUSE" ? "the port is already in use" : "it could not listen";
      throw new Error(
        `The embedded ESA sandbox could not start on ${SANDBOX_HOST}:${port}: ${reason}. ` +
          "Set ESA_SANDBOX_PORT to a free port (0 picks one), or stop the other process.",
        { cause: error },
      );
    },
  );
  publishSandbox(started);
  return started;
}
