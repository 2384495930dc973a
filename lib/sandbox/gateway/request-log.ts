// Record of API calls the sandbox received, for tests and for debugging a client by hand.
import type { FaultKind } from "./faults";

export interface LoggedRequest {
  requestId: string;
  time: string;
  method: string;
  path: string;
  action: string | null;
  query: Record<string, string>;
  /** Decoded form body parameters. */
  body: Record<string, string>;
  /** HTTP status answered; null while still pending or when the connection was dropped. */
  status: number | null;
  code: string | null;
  fault: FaultKind | null;
}

/** Old entries fall off so a long-running sandbox does not grow without bound. */
const MAX_ENTRIES = 1000;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): LoggedRequest {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  list(): LoggedRequest[] {
    return structuredClone(this.entries);
  }

  clear(): void {
    this.entries = [];
  }
}
