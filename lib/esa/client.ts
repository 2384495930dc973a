import "server-only";

import { createRpcCaller, type CallRequest } from "@/lib/aliyun/client";
import { observeEsaCall } from "@/lib/ops/esa-observer";
import { ESA_API_VERSION } from "@/lib/version/constants";

import { ESA_PROFILE } from "./error-advice";
import { resolveTarget } from "./target";

export type { CallRequest };

const esaCall = createRpcCaller({
  version: ESA_API_VERSION,
  profile: ESA_PROFILE,
  // One log line and the metrics for every ESA call (each attempt of a retried read counts).
  observe: ({ serviceRequestId, ...o }) => observeEsaCall({ ...o, esaRequestId: serviceRequestId }),
});

/**
 * The single door to ESA, a product on the shared signed core (lib/aliyun): the configured
 * endpoint or the embedded sandbox; reads retried, anything else sent exactly once.
 */
export function call(action: string, request: CallRequest): Promise<Record<string, unknown>> {
  return esaCall(action, request, resolveTarget);
}
