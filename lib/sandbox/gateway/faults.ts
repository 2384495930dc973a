// Fault injection: queued misbehaviours for the next calls of an action, so the app's handling of
// timeouts, dropped connections, proxies and throttling can be tested against a real socket.
import { DEFAULT_FAULT_DELAY_MS } from "../defaults";

export const FAULT_KINDS = [
  "internal-error",
  "slow-before-commit",
  "slow-after-commit",
  "drop-after-commit",
  "non-json",
  "throttle",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  /** An action name, or "*" for every action. */
  action: string;
  kind: FaultKind;
  /** How many of the next matching calls it applies to. */
  count: number;
  /** Sleep length for the slow-* kinds. */
  delayMs: number;
}

export type ParsedFault = { ok: true; fault: FaultSpec } | { ok: false; message: string };

const MAX_DELAY_MS = 10 * 60 * 1000;

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

export function parseFaultSpec(input: unknown): ParsedFault {
  if (typeof input !== "object" || input === null)
    return { ok: false, message: "The body must be a JSON object." };
  const {
    action,
    kind,
    count = 1,
    delayMs = DEFAULT_FAULT_DELAY_MS,
  } = input as Record<string, unknown>;
  if (typeof action !== "string" || action === "")
    return { ok: false, message: '"action" must be an action name or "*".' };
  if (!(FAULT_KINDS as readonly unknown[]).includes(kind)) {
    return { ok: false, message: `"kind" must be one of ${FAULT_KINDS.join(", ")}.` };
  }
  if (!isIntegerIn(count, 1, 1000))
    return { ok: false, message: '"count" must be an integer from 1 to 1000.' };
  if (!isIntegerIn(delayMs, 0, MAX_DELAY_MS)) {
    return { ok: false, message: `"delayMs" must be an integer from 0 to ${MAX_DELAY_MS}.` };
  }
  return { ok: true, fault: { action, kind: kind as FaultKind, count, delayMs } };
}

export class FaultQueue {
  private pending: FaultSpec[] = [];

  add(fault: FaultSpec): void {
    this.pending.push({ ...fault });
  }

  /** Consumes one use of the oldest fault matching the action, if any. */
  take(action: string): FaultSpec | undefined {
    const index = this.pending.findIndex((f) => f.action === action || f.action === "*");
    const fault = this.pending[index];
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count === 0) this.pending.splice(index, 1);
    return { ...fault, count: 1 };
  }

  list(): FaultSpec[] {
    return this.pending.map((f) => ({ ...f }));
  }

  clear(): void {
    this.pending = [];
  }
}
