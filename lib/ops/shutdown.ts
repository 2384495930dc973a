import type http from "node:http";

import { beginShutdown, drain } from "./in-flight";
import { opsLog } from "./logger";
import { activeRequests, knownServers, refuseNewRequests } from "./request-log";

// SIGTERM (a deploy, a scale-down, `docker stop`): stop taking new requests, let the creates and
// publishes in flight finish (bounded by STUDIO_SHUTDOWN_GRACE_MS, default 20 s), let the audit
// rows being written land, let their answers go out, then close the database and exit.

/** Audit rows are short writes; after the grace they get this long more, at most. */
export const AUDIT_FLUSH_MS = 5_000;

export interface ShutdownDeps {
  graceMs: number;
  servers?: () => Iterable<http.Server>;
  closeDatabase: () => Promise<void>;
  exit: (code: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answersSent(deadline: number): Promise<boolean> {
  while (activeRequests() > 0 && Date.now() < deadline) await sleep(25);
  return activeRequests() === 0;
}

export async function shutDown(deps: ShutdownDeps): Promise<void> {
  const log = opsLog();
  const started = Date.now();
  const deadline = started + deps.graceMs;
  log.info({ graceMs: deps.graceMs }, "SIGTERM: shutting down");
  beginShutdown();
  refuseNewRequests();
  for (const server of (deps.servers ?? knownServers)()) {
    server.close();
    server.closeIdleConnections();
  }
  const finished = await drain("operation", deps.graceMs);
  if (!finished) log.warn("shutdown grace ran out with operations still in flight");
  const flushed = await drain("audit", AUDIT_FLUSH_MS);
  if (!flushed) log.error("audit rows were still being written when the database closed");
  // The answers to the operations that just finished, so the person sees the outcome.
  await answersSent(Math.max(deadline, Date.now() + 1_000));
  try {
    await deps.closeDatabase();
  } catch (error) {
    log.error(
      { reason: error instanceof Error ? error.message : String(error) },
      "closing the database failed",
    );
  }
  log.info({ durationMs: Date.now() - started, finished, flushed }, "shutdown complete");
  deps.exit(finished && flushed ? 0 : 1);
}

const INSTALLED: unique symbol = Symbol.for("version-studio.ops.shutdown-installed");

/**
 * Installs the SIGTERM and SIGINT handler (production servers only). Next.js's own handler exits
 * at once unless NEXT_MANUAL_SIG_HANDLE is set; it is removed here so that in-flight work can end.
 */
export function installShutdown(deps: Omit<ShutdownDeps, "exit">): void {
  const store = globalThis as typeof globalThis & { [INSTALLED]?: boolean };
  if (store[INSTALLED]) return;
  store[INSTALLED] = true;
  let running: Promise<void> | undefined;
  const onSignal = () => {
    running ??= shutDown({ ...deps, exit: (code) => process.exit(code) });
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    if (!process.env.NEXT_MANUAL_SIG_HANDLE) process.removeAllListeners(signal);
    process.on(signal, onSignal);
  }
}
