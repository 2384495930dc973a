import "server-only";

import OpenApiClient, { Config, OpenApiRequest, Params } from "@alicloud/openapi-client";

import { observeEsaCall } from "@/lib/ops/esa-observer";
import { ESA_API_VERSION } from "@/lib/version/constants";

import { defaultChainCredential, staticAccessKeyCredential } from "./credentials";
import { isReadAction } from "./error-advice";
import { EsaError, toEsaError } from "./errors";
import { resolveTarget, type EsaTarget } from "./target";

const READ_RETRIES = 2;
const BACKOFF_BASE_MS = 250;

type Runtime = Parameters<OpenApiClient["callApi"]>[2];

export interface CallRequest {
  method: "GET" | "POST";
  /** RPC query parameters; the caller stringifies numbers. */
  query?: Record<string, string>;
  /** Form-body fields (application/x-www-form-urlencoded). */
  body?: Record<string, string>;
}

let cached: { key: string; client: OpenApiClient } | undefined;

function clientFor(target: EsaTarget): OpenApiClient {
  const key = JSON.stringify([
    target.mode,
    target.endpoint,
    target.protocol,
    target.sandbox?.accessKeyId,
    target.connectTimeoutMs,
    target.readTimeoutMs,
  ]);
  if (cached?.key === key) return cached.client;
  const credential = target.sandbox
    ? staticAccessKeyCredential(target.sandbox.accessKeyId, target.sandbox.accessKeySecret)
    : defaultChainCredential();
  const client = new OpenApiClient(
    new Config({
      credential,
      endpoint: target.endpoint,
      protocol: target.protocol,
      readTimeout: target.readTimeoutMs,
      // openapi-client hands connectTimeout to the socket as an idle timeout that also runs while
      // the service is working (esa-api-facts.md, section 2). Below the read timeout it would cut a
      // slow but healthy create short and wrongly report its outcome as unknown.
      connectTimeout: Math.max(target.connectTimeoutMs, target.readTimeoutMs),
    }),
  );
  cached = { key, client };
  return client;
}

async function callOnce(
  action: string,
  request: CallRequest,
  target: EsaTarget,
): Promise<Record<string, unknown>> {
  const client = clientFor(target);
  // Exactly the official SDK's parameters (esa-api-facts.md, section 1).
  const params = new Params({
    action,
    version: ESA_API_VERSION,
    protocol: target.protocol,
    pathname: "/",
    method: request.method,
    authType: "AK",
    style: "RPC",
    reqBodyType: "formData",
    bodyType: "json",
  });
  const response = await client.callApi(
    params,
    new OpenApiRequest({ query: request.query, body: request.body }),
    {} as Runtime,
  );
  const body: unknown = response.body;
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new EsaError({
      kind: "bad-response",
      code: "InvalidResponse",
      action,
      message: "ESA answered without a JSON object. Try again in a moment.",
      retryable: isReadAction(action),
      outcomeUnknown: !isReadAction(action),
    });
  }
  return body as Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with jitter (0.5x-1.5x) so parallel reads do not retry in lockstep. */
function backoffMs(attempt: number): number {
  return BACKOFF_BASE_MS * 2 ** attempt * (0.5 + Math.random());
}

/**
 * The single door to ESA. Reads (List*, Get*) are retried up to twice on transient failures.
 * Anything else is sent exactly once: a create that failed in transit may still have happened,
 * and a blind retry could create a second version.
 */
export async function call(action: string, request: CallRequest): Promise<Record<string, unknown>> {
  const read = isReadAction(action);
  for (let attempt = 0; ; attempt += 1) {
    let target: EsaTarget | undefined;
    const started = performance.now();
    const observe = (
      o: Pick<Parameters<typeof observeEsaCall>[0], "code" | "esaRequestId" | "outcome">,
    ) =>
      observeEsaCall({
        action,
        attempt,
        durationMs: Math.round(performance.now() - started),
        ...o,
      });
    try {
      target = await resolveTarget();
      const body = await callOnce(action, request, target);
      const esaRequestId = typeof body.RequestId === "string" ? body.RequestId : undefined;
      observe({ code: "OK", esaRequestId, outcome: "ok" });
      return body;
    } catch (error) {
      const esaError = toEsaError(error, {
        action,
        endpoint: target?.endpoint,
        timeoutMs: target?.readTimeoutMs,
      });
      observe({
        code: esaError.code,
        esaRequestId: esaError.requestId,
        outcome: esaError.outcomeUnknown ? "unknown" : "failed",
      });
      // A failed chain lookup is remembered by @alicloud/credentials; start afresh next time.
      if (esaError.kind === "credentials") cached = undefined;
      // A timed-out read already waited the full timeout; tripling that wait helps nobody.
      const retry =
        read && esaError.retryable && esaError.kind !== "timeout" && attempt < READ_RETRIES;
      if (!retry) throw esaError;
      await sleep(backoffMs(attempt));
    }
  }
}
