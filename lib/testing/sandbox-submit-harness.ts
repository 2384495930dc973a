import "server-only";

import { vi } from "vitest";

import type { FaultKind } from "@/lib/sandbox/gateway/faults";
import type { VersionRecord } from "@/lib/sandbox/esa/model";
import type { LoggedRequest } from "@/lib/sandbox/gateway/request-log";
import type { RunningSandbox, SandboxOptions } from "@/lib/sandbox/server";
import { startPublishedSandbox } from "./published-sandbox";

// Test helper: submitVersion wired to a real sandbox on port 0, the way instrumentation.ts wires
// the app (through the globalThis holder). The sandbox verifies signatures and validates the
// create with the shared request module, so nothing here is a mock.

export const CREATE_ACTION = "CreateEdgeContainerAppVersion";

export type SubmitVersion = typeof import("@/lib/submit/submit-version").submitVersion;

export interface SubmitHarness {
  sandbox: RunningSandbox;
  /** An application that exists in the sandbox's demo seed. */
  appId: string;
  submitVersion: SubmitVersion;
  /** A fresh copy of lib/submit with its own in-flight map: a second server process. */
  anotherProcess(): Promise<SubmitVersion>;
  /** Store, faults and request log back to the start seed. */
  reset(): Promise<void>;
  injectFault(
    kind: FaultKind,
    options?: { action?: string; count?: number; delayMs?: number },
  ): Promise<void>;
  /** Every API call the sandbox received since the last reset. */
  requests(): Promise<LoggedRequest[]>;
  createRequests(): Promise<LoggedRequest[]>;
  versionsNamed(name: string, appId?: string): VersionRecord[];
  versionCount(appId?: string): number;
  close(): Promise<void>;
}

async function control(sandbox: RunningSandbox, method: string, path: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox control ${method} ${path}: HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

async function freshSubmit(): Promise<SubmitVersion> {
  vi.resetModules();
  return (await import("@/lib/submit/submit-version")).submitVersion;
}

export async function startSubmitHarness(
  env: Record<string, string> = {},
  options: SandboxOptions = {},
): Promise<SubmitHarness> {
  const { sandbox, close } = await startPublishedSandbox(
    { controlEnabled: true, ...options },
    { ESA_READ_TIMEOUT_MS: "10000", ...env },
  );
  const appId = sandbox.store.listApps()[0]!.AppId;
  const requests = async () =>
    (await control(sandbox, "GET", "requests")).requests as LoggedRequest[];

  return {
    sandbox,
    appId,
    submitVersion: await freshSubmit(),
    anotherProcess: freshSubmit,
    reset: async () => void (await control(sandbox, "POST", "reset")),
    injectFault: async (kind, { action = CREATE_ACTION, count = 1, delayMs } = {}) =>
      void (await control(sandbox, "POST", "faults", { action, kind, count, delayMs })),
    requests,
    createRequests: async () => (await requests()).filter((r) => r.action === CREATE_ACTION),
    versionsNamed: (name, app = appId) =>
      (sandbox.store.listVersions(app) ?? []).filter((v) => v.Name === name),
    versionCount: (app = appId) => sandbox.store.listVersions(app)?.length ?? 0,
    close,
  };
}
