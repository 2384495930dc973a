// Test helpers: the official SDK pointed at a running sandbox, and a small client for the
// unsigned /__sandbox/ control endpoints.
import EsaClient from "@alicloud/esa20240910";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import { RuntimeOptions } from "@alicloud/tea-util";
import type { RunningSandbox } from "@/lib/sandbox/server";
import { ESA_API_VERSION } from "@/lib/version/constants";

export interface SdkClientOptions {
  accessKeyId?: string;
  accessKeySecret?: string;
  /** openapi-core's defaults are 3000 ms for both; faults tests shorten them. */
  timeoutMs?: number;
}

export function sdkClientFor(sandbox: RunningSandbox, options: SdkClientOptions = {}): EsaClient {
  const timeout = options.timeoutMs ?? 5000;
  return new EsaClient(
    new $OpenApiUtil.Config({
      accessKeyId: options.accessKeyId ?? sandbox.accessKeyId,
      accessKeySecret: options.accessKeySecret ?? sandbox.accessKeySecret,
      endpoint: sandbox.endpoint,
      protocol: "HTTP",
      readTimeout: timeout,
      connectTimeout: timeout,
    }),
  );
}

export interface ControlResponse {
  status: number;
  contentType: string | null;
  body: Record<string, unknown>;
}

export async function control(
  sandbox: RunningSandbox,
  method: "GET" | "POST" | "DELETE",
  path: string,
  body?: unknown,
): Promise<ControlResponse> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** Settles a promise into a value, so a test can assert on a rejection's fields. */
export async function outcomeOf<T>(
  promise: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: Record<string, unknown> }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error: error as Record<string, unknown> };
  }
}

export const UPPERCASE_UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

export interface RawCallOptions {
  method?: "GET" | "POST";
  query?: Record<string, string>;
  body?: Record<string, string>;
  version?: string;
}

/**
 * A call through the SDK's own signing transport that returns the raw PascalCase body, for
 * shapes the generated models would hide (missing fields, unknown actions, malformed values).
 */
export async function rawCall(
  client: EsaClient,
  action: string,
  options: RawCallOptions = {},
): Promise<{ statusCode: number; body: Record<string, unknown> }> {
  const params = new $OpenApiUtil.Params({
    action,
    version: options.version ?? ESA_API_VERSION,
    protocol: "HTTPS",
    pathname: "/",
    method: options.method ?? "POST",
    authType: "AK",
    style: "RPC",
    reqBodyType: "formData",
    bodyType: "json",
  });
  const request = new $OpenApiUtil.OpenApiRequest({ query: options.query, body: options.body });
  const response = await client.callApi(params, request, new RuntimeOptions({}));
  return {
    statusCode: Number(response.statusCode),
    body: response.body as Record<string, unknown>,
  };
}
