import { msg } from "@/lib/i18n/message-ref";
import { studioMetrics, type OperationKind } from "./metrics";

// Creates and publishes this process is carrying out, and audit rows being written: what a
// SIGTERM waits for before the database closes. Once shutdown has begun, no new operation starts.

/** What a person is told (message reference, lib/i18n/message-ref.ts); the error's own message is
 * for logs. */
export const SHUTTING_DOWN_MESSAGE = msg("common.shuttingDown");

export class ShuttingDownError extends Error {
  constructor() {
    super("This server is shutting down and takes no new operations. Submit again in a moment.");
    this.name = "ShuttingDownError";
  }
}

type Tracked = "operation" | "audit";

interface InFlightState {
  stopping: boolean;
  running: Map<Tracked, Set<Promise<unknown>>>;
}

const HOLDER: unique symbol = Symbol.for("version-studio.ops.in-flight");
type GlobalWithState = typeof globalThis & { [HOLDER]?: InFlightState };

function state(): InFlightState {
  const store = globalThis as GlobalWithState;
  store[HOLDER] ??= {
    stopping: false,
    running: new Map([
      ["operation", new Set()],
      ["audit", new Set()],
    ]),
  };
  return store[HOLDER];
}

function track<T>(what: Tracked, work: Promise<T>): Promise<T> {
  const set = state().running.get(what)!;
  set.add(work);
  const forget = () => set.delete(work);
  work.then(forget, forget);
  return work;
}

/** Runs a create or publish, counted as in flight; refused with ShuttingDownError after SIGTERM. */
export async function trackOperation<T>(kind: OperationKind, run: () => Promise<T>): Promise<T> {
  if (state().stopping) throw new ShuttingDownError();
  const gauge = studioMetrics().inFlight;
  gauge.inc({ operation: kind });
  try {
    return await track("operation", run());
  } finally {
    gauge.dec({ operation: kind });
  }
}

/** An audit write the shutdown waits for (it is never refused: an outcome must be recorded). */
export function trackAuditWrite<T>(write: Promise<T>): Promise<T> {
  return track("audit", write);
}

export function isShuttingDown(): boolean {
  return state().stopping;
}

export function beginShutdown(): void {
  state().stopping = true;
}

export function inFlightCount(what: Tracked = "operation"): number {
  return state().running.get(what)!.size;
}

/** Waits until nothing of `what` runs or `timeoutMs` passed; true when everything finished. */
export async function drain(what: Tracked, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const set = state().running.get(what)!;
  while (set.size > 0) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...set]),
      new Promise((resolve) => (timer = setTimeout(resolve, left))),
    ]);
    clearTimeout(timer);
  }
  return true;
}

/** Tests: back to a process that takes operations. */
export function resetInFlight(): void {
  delete (globalThis as GlobalWithState)[HOLDER];
}
