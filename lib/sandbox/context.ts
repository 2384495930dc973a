// State shared by the request handlers of one running sandbox.
import type { FaultQueue } from "./gateway/faults";
import type { RequestLog } from "./gateway/request-log";
import type { SignatureCheck, SignedRequest } from "./gateway/signature";
import type { SeedName } from "./esa/seed";
import type { SandboxStore } from "./esa/store";

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
