import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

import { onEsaCall, type EsaCallObservation } from "./esa-observer";

// The process's Prometheus metrics, served at /api/metrics (behind STUDIO_METRICS_TOKEN). One
// registry per process on globalThis: route bundles and instrumentation share it.

export type OperationKind = "create" | "publish" | "rollback";

/** The ESA write actions counted as operations; every other call is in the duration histogram only. */
const OPERATION_OF: Record<string, OperationKind> = {
  CreateEdgeContainerAppVersion: "create",
  PublishEdgeContainerAppVersion: "publish",
  RollbackEdgeContainerAppVersion: "rollback",
};

export interface StudioMetrics {
  registry: Registry;
  operations: Counter<"operation" | "outcome">;
  esaDuration: Histogram<"action" | "code">;
  inFlight: Gauge<"operation">;
  dbDuration: Histogram<"driver" | "statement">;
  signIns: Counter<"outcome" | "method">;
}

function build(): StudioMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics: StudioMetrics = {
    registry,
    operations: new Counter({
      name: "studio_operations_total",
      help: "Version creates, publishes and rollbacks sent to ESA, by outcome (ok, failed, unknown).",
      labelNames: ["operation", "outcome"],
      registers: [registry],
    }),
    esaDuration: new Histogram({
      name: "studio_esa_call_duration_seconds",
      help: "Duration of each ESA call (each attempt of a retried read), by action and answer code.",
      labelNames: ["action", "code"],
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: "studio_operations_in_flight",
      help: "Creates and publishes this instance is carrying out now.",
      labelNames: ["operation"],
      registers: [registry],
    }),
    dbDuration: new Histogram({
      name: "studio_db_query_duration_seconds",
      help: "Duration of database queries, by driver and statement kind.",
      labelNames: ["driver", "statement"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
      registers: [registry],
    }),
    signIns: new Counter({
      name: "studio_sign_ins_total",
      help: "Sign-in attempts by outcome (ok, failed, refused) and method.",
      labelNames: ["outcome", "method"],
      registers: [registry],
    }),
  };
  onEsaCall((call: EsaCallObservation) => {
    metrics.esaDuration.observe({ action: call.action, code: call.code }, call.durationMs / 1000);
    const operation = OPERATION_OF[call.action];
    if (operation) metrics.operations.inc({ operation, outcome: call.outcome });
  });
  return metrics;
}

const HOLDER: unique symbol = Symbol.for("version-studio.ops.metrics");
type GlobalWithMetrics = typeof globalThis & { [HOLDER]?: StudioMetrics };

export function studioMetrics(): StudioMetrics {
  const store = globalThis as GlobalWithMetrics;
  store[HOLDER] ??= build();
  return store[HOLDER];
}

/** The first word of a statement (select, insert, …), a label with few values. */
export function statementKind(text: string): string {
  const word = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? "other";
  return ["select", "insert", "update", "delete", "with", "begin", "commit", "rollback"].includes(
    word,
  )
    ? word
    : "other";
}

/** Times one database query into the histogram. */
export async function timeQuery<T>(
  driver: string,
  text: string,
  run: () => Promise<T>,
): Promise<T> {
  const end = studioMetrics().dbDuration.startTimer({ driver, statement: statementKind(text) });
  try {
    return await run();
  } finally {
    end();
  }
}
