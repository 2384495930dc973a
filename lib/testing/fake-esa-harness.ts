import "server-only";

import { vi } from "vitest";

import { startFakeEsa, type FakeEsa } from "./fake-esa-server";
import { clearSandbox, publishSandbox } from "@/lib/aliyun/sandbox-holder";

// Test helper: points a fresh copy of lib/esa at a fake ESA server, the way instrumentation.ts
// points the app at the embedded sandbox (through the globalThis holder).

export const TEST_ACCESS_KEY_ID = "LTAItestKeyId";
export const TEST_ACCESS_KEY_SECRET = "test-secret-do-not-log";

export type Operations = typeof import("@/lib/esa/operations");

export interface Harness {
  fake: FakeEsa;
  ops: Operations;
  close(): Promise<void>;
}

/** A fresh module graph each time, so config and client caches start empty (like a new process). */
export async function freshOperations(
  env: Record<string, string | undefined> = {},
): Promise<Operations> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("@/lib/esa/operations");
}

/** Sandbox mode against a fake server; short timeouts keep failure tests quick. */
export async function sandboxHarness(
  env: Record<string, string | undefined> = {},
): Promise<Harness> {
  const fake = await startFakeEsa();
  publishSandbox(
    Promise.resolve({
      endpoint: fake.endpoint,
      url: `http://${fake.endpoint}`,
      accessKeyId: TEST_ACCESS_KEY_ID,
      accessKeySecret: TEST_ACCESS_KEY_SECRET,
    }),
  );
  const ops = await freshOperations({
    ESA_BACKEND: "sandbox",
    ESA_READ_TIMEOUT_MS: "2000",
    ...env,
  });
  return {
    fake,
    ops,
    close: async () => {
      clearSandbox();
      vi.unstubAllEnvs();
      await fake.close();
    },
  };
}
