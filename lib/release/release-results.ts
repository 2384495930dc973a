import { actionFailure, type ActionFailure } from "@/lib/submit/results";

import type { ProductionOutcome } from "./production-outcome";

// What the production and approval actions answer the browser: plain data, never a throw.

export type ProductionRequestResult =
  | { ok: true; held: true; approvalId: number; message: string }
  | { ok: true; held: false; requestId?: string; answerLost: boolean; message: string }
  | ActionFailure;

export type DecisionResult =
  | { ok: true; status: "approved" | "rejected"; requestId?: string; message: string }
  | ActionFailure;

/** A sent plan's outcome as an action answer: ok, or a failure (unknown outcomes marked). */
export function resultOfExecution(
  execution: ProductionOutcome,
): { ok: true; requestId?: string; answerLost: boolean; message: string } | ActionFailure {
  if (execution.outcome === "ok")
    return {
      ok: true,
      requestId: execution.requestId,
      answerLost: execution.answerLost,
      message: execution.message,
    };
  return actionFailure(execution.code, execution.message, {
    requestId: execution.requestId,
    outcomeUnknown: execution.outcome === "unknown",
    fieldErrors: execution.fieldErrors,
  });
}
