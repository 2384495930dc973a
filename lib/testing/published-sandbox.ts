import "server-only";

import { vi } from "vitest";

import { clearSandbox, publishSandbox } from "@/lib/aliyun/sandbox-holder";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "@/lib/sandbox/server";

// A live sandbox on a free port that the app's ESA client talks to, wired the way
// instrumentation.ts wires the app (through the globalThis holder), with ESA_BACKEND=sandbox and
// any other variables stubbed. Modules that read the configuration must be imported afresh
// (vi.resetModules) after this.

export interface PublishedSandbox {
  sandbox: RunningSandbox;
  /** Unpublishes the sandbox, restores the environment and stops the server. */
  close(): Promise<void>;
}

export async function startPublishedSandbox(
  options: SandboxOptions = {},
  env: Record<string, string> = {},
): Promise<PublishedSandbox> {
  const sandbox = await startSandbox({ port: 0, creatingDelayMs: 0, ...options });
  const { endpoint, url, accessKeyId, accessKeySecret } = sandbox;
  publishSandbox(Promise.resolve({ endpoint, url, accessKeyId, accessKeySecret }));
  for (const [name, value] of Object.entries({ ESA_BACKEND: "sandbox", ...env })) vi.stubEnv(name, value);
  return {
    sandbox,
    close: async () => {
      clearSandbox();
      vi.unstubAllEnvs();
      await sandbox.close();
    },
  };
}
