import { AsyncLocalStorage } from "node:async_hooks";

// What one HTTP request's log line says beyond method, path and status: filled in along the way by
// the guard (who, which app, which action, the outcome) and the ESA client (ESA's RequestId).
// The storage lives on globalThis: instrumentation and each route bundle may load their own copy
// of this module, and all of them must see the same request.

export interface RequestContext {
  requestId: string;
  userId?: string | null;
  appId?: string | null;
  action?: string;
  outcome?: string;
  esaRequestId?: string;
}

const HOLDER: unique symbol = Symbol.for("version-studio.ops.request-context");
type GlobalWithStorage = typeof globalThis & { [HOLDER]?: AsyncLocalStorage<RequestContext> };

export function requestStorage(): AsyncLocalStorage<RequestContext> {
  const store = globalThis as GlobalWithStorage;
  store[HOLDER] ??= new AsyncLocalStorage<RequestContext>();
  return store[HOLDER];
}

/** The request being served, or undefined outside one (start-up, timers, tests). */
export function currentRequest(): RequestContext | undefined {
  return requestStorage().getStore();
}

/** Adds what is known about the request to its log line; a no-op outside a request. */
export function annotateRequest(fields: Omit<Partial<RequestContext>, "requestId">): void {
  const context = currentRequest();
  if (!context) return;
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (context as unknown as Record<string, unknown>)[key] = value;
  }
}

