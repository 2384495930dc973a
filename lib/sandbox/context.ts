// State shared by the request handlers of one running sandbox.
import type { FaultQueue } from "./faults";
import type { RequestLog } from "./request-log";
import type { SignatureCheck, SignedRequest } from "./signature";
import type { SeedName } from "./seed";
import type { SandboxStore } from "./store";

export interface SandboxContext {
  store: SandboxStore;
  verify: (request: SignedRequest) => SignatureCheck;
  faults: FaultQueue;
  log: RequestLog;
  initialSeed: SeedName;
  now: () => number;
  controlEnabled: boolean;
  /** Aborted on close(), so sleeping faults stop instead of holding the process open. */
  shutdown: AbortSignal;
}
