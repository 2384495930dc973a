import { opsLog } from "./logger";
import { annotateRequest, currentRequest } from "./request-context";

// One log line per ESA call (each attempt of a retried read counts), tagged with the request it
// served; metrics are recorded from the same observation (lib/ops/metrics.ts).

export interface EsaCallObservation {
  action: string;
  /** "OK" on success; ESA's error code, or this app's (Timeout, NetworkError…) otherwise. */
  code: string;
  esaRequestId?: string;
  outcome: "ok" | "failed" | "unknown";
  durationMs: number;
  attempt: number;
}

type Listener = (observation: EsaCallObservation) => void;

const HOLDER: unique symbol = Symbol.for("version-studio.ops.esa-listeners");
type GlobalWithListeners = typeof globalThis & { [HOLDER]?: Set<Listener> };

function listeners(): Set<Listener> {
  const store = globalThis as GlobalWithListeners;
  store[HOLDER] ??= new Set();
  return store[HOLDER];
}

/** Called with every observation (metrics subscribe here); returns the unsubscribe. */
export function onEsaCall(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function observeEsaCall(observation: EsaCallObservation): void {
  if (observation.esaRequestId) annotateRequest({ esaRequestId: observation.esaRequestId });
  const level = observation.outcome === "ok" ? "info" : "warn";
  opsLog()[level](
    { kind: "esa", requestId: currentRequest()?.requestId, ...observation },
    "esa call",
  );
  for (const listener of listeners()) listener(observation);
}
