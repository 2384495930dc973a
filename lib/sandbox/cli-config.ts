// Turns the environment into sandbox options, with a sentence naming the variable when a value
// is unusable (configuration is checked at start, per CONVENTIONS.md).
import { SANDBOX_ACCESS_KEY_ID, SANDBOX_ACCESS_KEY_SECRET, SANDBOX_DEFAULT_PORT } from "./defaults";
import type { SandboxOptions } from "./server";

export type CliConfig = { ok: true; options: SandboxOptions } | { ok: false; message: string };

export function readCliConfig(env: Readonly<Record<string, string | undefined>>): CliConfig {
  const rawPort = env.ESA_SANDBOX_PORT?.trim() || String(SANDBOX_DEFAULT_PORT);
  const port = /^\d+$/.test(rawPort) ? Number(rawPort) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return {
      ok: false,
      message: `ESA_SANDBOX_PORT must be a port number from 0 to 65535, got "${rawPort}".`,
    };
  }
  const accessKeyId = env.ESA_SANDBOX_ACCESS_KEY_ID?.trim() || SANDBOX_ACCESS_KEY_ID;
  const accessKeySecret = env.ESA_SANDBOX_ACCESS_KEY_SECRET?.trim() || SANDBOX_ACCESS_KEY_SECRET;
  const control = env.ESA_SANDBOX_CONTROL?.trim() ?? "";
  if (!["", "0", "1"].includes(control)) {
    return {
      ok: false,
      message: `ESA_SANDBOX_CONTROL must be 1 (enable /__sandbox/ endpoints) or 0, got "${control}".`,
    };
  }
  const seed = env.ESA_SANDBOX_SEED?.trim() || "demo";
  if (seed !== "demo" && seed !== "large") {
    return { ok: false, message: `ESA_SANDBOX_SEED must be "demo" or "large", got "${seed}".` };
  }
  // Always loopback: the sandbox accepts a published secret and must not face a network.
  return {
    ok: true,
    options: {
      host: "127.0.0.1",
      port,
      accessKeyId,
      accessKeySecret,
      controlEnabled: control === "1",
      seed,
    },
  };
}
