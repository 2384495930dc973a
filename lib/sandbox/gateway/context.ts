// State shared by the request handlers of one running sandbox. The gateway knows the product
// behind it only through EmulatedProduct, so a second product (Container Registry) plugs in here
// without the gateway importing it.
import type { FaultQueue } from "./faults";
import type { Params } from "./params";
import type { RequestLog } from "./request-log";
import type { SignatureCheck, SignedRequest } from "./signature";

/** One action: the success body without RequestId; throws SandboxApiError for API errors. */
export type ActionHandler = (params: Params) => Record<string, unknown>;

/** What the gateway needs of an emulated product: its actions and its resettable demo data. */
export interface EmulatedProduct {
  findAction(action: string): ActionHandler | undefined;
  /** The names reset accepts. */
  seedNames: readonly string[];
  currentSeed(): string;
  /** Back to the named seed data; only called with one of seedNames. */
  reset(seed: string): void;
}

export interface SandboxContext {
  product: EmulatedProduct;
  verify: (request: SignedRequest) => SignatureCheck;
  faults: FaultQueue;
  log: RequestLog;
  initialSeed: string;
  now: () => number;
  controlEnabled: boolean;
  /** Aborted on close(), so sleeping faults stop instead of holding the process open. */
  shutdown: AbortSignal;
}
