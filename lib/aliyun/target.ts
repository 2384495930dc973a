import "server-only";

import { getServerConfig, ServerConfigError } from "@/lib/config/env";
import { msg } from "@/lib/i18n/message-ref";

import { AliyunError } from "./errors";
import { readSandbox, type SandboxEndpoint } from "./sandbox-holder";
import type { BackendInfo } from "./types";

/** Everything needed to build a client: where to send requests and with which credentials. */
export interface BackendTarget extends BackendInfo {
  connectTimeoutMs: number;
  readTimeoutMs: number;
  /** Present in sandbox mode only; aliyun mode uses the default credential chain. */
  sandbox?: Pick<SandboxEndpoint, "accessKeyId" | "accessKeySecret">;
}

function configOrThrow() {
  try {
    return getServerConfig();
  } catch (error) {
    if (error instanceof ServerConfigError) {
      // Its message names variables and how to fix them, never their secret values.
      throw new AliyunError({ kind: "config", code: "InvalidConfiguration", message: error.message });
    }
    throw error;
  }
}

async function sandboxEndpoint(): Promise<SandboxEndpoint> {
  const published = readSandbox();
  if (!published) {
    throw new AliyunError({
      kind: "config",
      code: "SandboxNotStarted",
      message: msg("esa.transport.sandboxNotStarted"),
    });
  }
  try {
    return await published;
  } catch (error) {
    throw new AliyunError({
      kind: "config",
      code: "SandboxNotStarted",
      message: msg("esa.transport.sandboxFailed"),
      cause: error,
    });
  }
}

/**
 * Resolves the backend for this process from the parsed configuration and, for the sandbox, the
 * holder. Products start from it: ESA uses it as is, Container Registry swaps in its regional host.
 */
export async function resolveBackend(): Promise<BackendTarget> {
  const config = configOrThrow();
  const timeouts = {
    connectTimeoutMs: config.connectTimeoutMs,
    readTimeoutMs: config.readTimeoutMs,
  };
  if (config.backend === "aliyun") {
    return { mode: "aliyun", endpoint: config.endpoint, protocol: config.protocol, ...timeouts };
  }
  const sandbox = await sandboxEndpoint();
  return {
    mode: "sandbox",
    endpoint: sandbox.endpoint,
    // The sandbox is a plain-HTTP loopback server.
    protocol: "HTTP",
    ...timeouts,
    sandbox: { accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret },
  };
}
