// State shared by the request handlers of one running sandbox. The gateway knows the product
// behind it only through EmulatedProduct, so a second product (Container Registry) plugs in here
// without the gateway importing it.
import type { FaultQueue } from "./faults";
import type { Params } from "./params";
import type { RequestLog } from "./request-log";
import type { SignatureCheck, SignedRequest } from "./signature";

/** What an action may know of its request besides the parameters. */
export interface ActionRequest {
  /**
   * The region a regional product's host would name (cr.<region>.aliyuncs.com); the one-host
   * sandbox reads it from SANDBOX_REGION_HEADER. Undefined when the request named none.
   */
  region?: string;
}

/** One action: the success body without RequestId; throws SandboxApiError for API errors. */
export type ActionHandler = (params: Params, request: ActionRequest) => Record<string, unknown>;

/** A control answer: status and JSON body. */
export interface ControlAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** What the gateway needs of an emulated product: its actions and its resettable demo data. */
export interface EmulatedProduct {
  /** The x-acs-version its actions accept. */
  apiVersion: string;
  findAction(action: string): ActionHandler | undefined;
  /** The names reset accepts. */
  seedNames: readonly string[];
  currentSeed(): string;
  /** Back to the named seed data; only called with one of seedNames. */
  reset(seed: string): void;
  /**
   * The product's own test controls under /__sandbox/<path> (loopback, control enabled); undefined
   * when the path is not one of them.
   */
  control?(method: string, path: string, body: unknown): ControlAnswer | undefined;
}

export interface SandboxContext {
  /** The first one owns the seed names (reset resets the others to their own data). */
  products: readonly [EmulatedProduct, ...EmulatedProduct[]];
  verify: (request: SignedRequest) => SignatureCheck;
  faults: FaultQueue;
  log: RequestLog;
  initialSeed: string;
  now: () => number;
  controlEnabled: boolean;
  /** Aborted on close(), so sleeping faults stop instead of holding the process open. */
  shutdown: AbortSignal;
}

/** The product answering an action, with its handler; actions are unique across products. */
export function findProductAction(
  ctx: SandboxContext,
  action: string,
): { product: EmulatedProduct; handler: ActionHandler } | undefined {
  for (const product of ctx.products) {
    const handler = product.findAction(action);
    if (handler) return { product, handler };
  }
  return undefined;
}
