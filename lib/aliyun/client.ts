import "server-only";

import OpenApiClient, { Config, OpenApiRequest, Params } from "@alicloud/openapi-client";

import { defaultChainCredential, staticAccessKeyCredential } from "./credentials";
import { msg } from "@/lib/i18n/message-ref";

import { AliyunError, toAliyunError } from "./errors";
import type { BackendTarget } from "./target";
import type { ProductProfile } from "./types";

// The signed RPC core every product goes through: one client per endpoint, the credential chain
// (or the sandbox's fixed pair), explicit timeouts, one error type, retries for reads only.

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

/** Where one call goes: the backend plus, for a regional product, its own host. */
export interface RpcTarget extends BackendTarget {
  /** Extra headers (the sandbox's region hint); never credentials. */
  headers?: Record<string, string>;
}

export interface RpcProduct {
  /** The API version every action of the product is sent with (x-acs-version). */
  version: string;
  profile: ProductProfile;
  /**
   * A 200 answer that still reports a failure (Container Registry's `IsSuccess: false`): return
   * the error to throw, or undefined to accept the body.
   */
  refuseBody?: (action: string, body: Record<string, unknown>) => AliyunError | undefined;
  /** Told of every attempt once it ends (logs and metrics, lib/ops); never of credentials. */
  observe?: (observation: CallObservation) => void;
}

export interface CallObservation {
  action: string;
  /** "OK" on success; the service's error code, or this app's (Timeout, NetworkError…) otherwise. */
  code: string;
  /** The service's RequestId, when it answered with one. */
  serviceRequestId?: string;
  outcome: "ok" | "failed" | "unknown";
  durationMs: number;
  attempt: number;
}

export type RpcCall = (
  action: string,
  request: CallRequest,
  resolveTarget: () => Promise<RpcTarget>,
) => Promise<Record<string, unknown>>;

const CLIENT_CACHE_LIMIT = 16;

/** Builds the one door to a product: `call(action, request, resolveTarget)`. */
export function createRpcCaller(product: RpcProduct): RpcCall {
  const clients = new Map<string, OpenApiClient>();
  const { profile } = product;

  function clientFor(target: RpcTarget): OpenApiClient {
    const key = JSON.stringify([
      target.mode,
      target.endpoint,
      target.protocol,
      target.sandbox?.accessKeyId,
      target.connectTimeoutMs,
      target.readTimeoutMs,
    ]);
    const cached = clients.get(key);
    if (cached) return cached;
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
        // the service is working (esa-api-facts.md, section 2). Below the read timeout it would cut
        // a slow but healthy create short and wrongly report its outcome as unknown.
        connectTimeout: Math.max(target.connectTimeoutMs, target.readTimeoutMs),
      }),
    );
    if (clients.size >= CLIENT_CACHE_LIMIT) clients.clear();
    clients.set(key, client);
    return client;
  }

  async function callOnce(
    action: string,
    request: CallRequest,
    target: RpcTarget,
  ): Promise<Record<string, unknown>> {
    const client = clientFor(target);
    // Exactly the official SDKs' parameters (esa-api-facts.md section 1, acr-api-facts.md).
    const params = new Params({
      action,
      version: product.version,
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
      new OpenApiRequest({ query: request.query, body: request.body, headers: target.headers }),
      {} as Runtime,
    );
    const body: unknown = response.body;
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      const read = profile.isRead(action);
      throw new AliyunError({
        kind: "bad-response",
        code: "InvalidResponse",
        action,
        message: msg("esa.transport.notJsonObject", { label: profile.label }),
        retryable: read,
        outcomeUnknown: !read,
      });
    }
    const record = body as Record<string, unknown>;
    const refused = product.refuseBody?.(action, record);
    if (refused) throw refused;
    return record;
  }

  /**
   * Reads (List*, Get*) are retried up to twice on transient failures. Anything else is sent
   * exactly once: a create that failed in transit may still have happened, and a blind retry
   * could create a second version.
   */
  return async function call(action, request, resolveTarget) {
    const read = profile.isRead(action);
    for (let attempt = 0; ; attempt += 1) {
      let target: RpcTarget | undefined;
      const started = performance.now();
      const observe = (o: Pick<CallObservation, "code" | "serviceRequestId" | "outcome">) =>
        product.observe?.({
          action,
          attempt,
          durationMs: Math.round(performance.now() - started),
          ...o,
        });
      try {
        target = await resolveTarget();
        const body = await callOnce(action, request, target);
        const serviceRequestId = typeof body.RequestId === "string" ? body.RequestId : undefined;
        observe({ code: "OK", serviceRequestId, outcome: "ok" });
        return body;
      } catch (error) {
        const failure = toAliyunError(
          error,
          { action, endpoint: target?.endpoint, timeoutMs: target?.readTimeoutMs },
          profile,
        );
        observe({
          code: failure.code,
          serviceRequestId: failure.requestId,
          outcome: failure.outcomeUnknown ? "unknown" : "failed",
        });
        // A failed chain lookup is remembered by @alicloud/credentials; start afresh next time.
        if (failure.kind === "credentials") clients.clear();
        // A timed-out read already waited the full timeout; tripling that wait helps nobody.
        const retry =
          read && failure.retryable && failure.kind !== "timeout" && attempt < READ_RETRIES;
        if (!retry) throw failure;
        await sleep(backoffMs(attempt));
      }
    }
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with jitter (0.5x-1.5x) so parallel reads do not retry in lockstep. */
function backoffMs(attempt: number): number {
  return BACKOFF_BASE_MS * 2 ** attempt * (0.5 + Math.random());
}
