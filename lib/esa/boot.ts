import "server-only";

import { getServerConfig, ServerConfigError, type ServerConfig } from "@/lib/config/env";

import { multiInstanceProblems } from "@/lib/config/multi-instance";
import { opsLog } from "@/lib/ops/logger";

import { startEmbeddedSandbox } from "./embedded-sandbox";

function configOrExit(): ServerConfig {
  try {
    const config = getServerConfig();
    const problems = multiInstanceProblems(process.env);
    if (problems.length > 0) throw new ServerConfigError(problems);
    return config;
  } catch (error) {
    if (!(error instanceof ServerConfigError)) throw error;
    // Next.js only logs a failing register() and then serves 500s; a bad environment should stop
    // the server instead, with the sentence and without a stack trace.
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * Start-up for the Node.js server, called from instrumentation.ts: checks the configuration and,
 * in sandbox mode, starts the embedded sandbox. Logs where ESA requests will go, never a secret.
 */
export async function bootEsaBackend(): Promise<void> {
  const config = configOrExit();
  if (config.backend === "aliyun") {
    opsLog().info(
      `ESA backend: Alibaba Cloud at ${config.protocol.toLowerCase()}://${config.endpoint}; credentials come ` +
        "from the default chain (ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET, aliyun CLI profile, " +
        "~/.alibabacloud/credentials, ECS RAM role, OIDC).",
    );
    return;
  }
  // Imported here, not at the top: only the start-up path needs the sandbox's code.
  const { startSandbox } = await import("@/lib/sandbox/server");
  const sandbox = await startEmbeddedSandbox(config, startSandbox);
  opsLog().info(`Sandbox mode: ESA sandbox listening on ${sandbox.url}`);
}
