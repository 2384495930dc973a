// One signed RPC call: route by x-acs-action, check version and signature, apply any queued
// fault, run the operation and answer in the gateway's JSON format.
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { ERROR_MESSAGES, gatewayErrorBody, missingParameter, SandboxApiError } from "./api-error";
import { headerValue } from "./canonical-request";
import { findProductAction, type ActionHandler, type ActionRequest, type SandboxContext } from "./context";
import { SANDBOX_REGION_HEADER } from "../defaults";
import type { FaultSpec } from "./faults";
import { formParams, queryParams, sendJson, splitUrl } from "./http-io";
import { newRequestId } from "./request-id";
import type { Params } from "./params";
import type { LoggedRequest } from "./request-log";
import { formatEsaTime } from "./time";

interface Outcome {
  status: number;
  body: Record<string, unknown>;
}

/** What a proxy in front of the service answers when the service is down (Tengine-style page). */
const BAD_GATEWAY_HTML =
  "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>" +
  "<hr><center>Tengine</center></body></html>";

function failure(requestId: string, error: SandboxApiError): Outcome {
  return {
    status: error.status,
    body: { ...gatewayErrorBody(requestId, error.code, error.message) },
  };
}

function run(
  operation: ActionHandler,
  params: Params,
  request: ActionRequest,
  requestId: string,
): Outcome {
  try {
    return { status: 200, body: { RequestId: requestId, ...operation(params, request) } };
  } catch (error) {
    if (error instanceof SandboxApiError) return failure(requestId, error);
    throw error;
  }
}

/** Resolves false when the sandbox shuts down mid-sleep. */
async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch (error) {
    if (signal.aborted) return false;
    throw error;
  }
}

function checkRouting(
  ctx: SandboxContext,
  req: IncomingMessage,
  requestId: string,
): Outcome | ActionHandler {
  const action = headerValue(req.headersDistinct, "x-acs-action");
  if (!action) return failure(requestId, missingParameter("Action"));
  const found = findProductAction(ctx, action);
  if (!found) {
    return failure(
      requestId,
      new SandboxApiError(
        404,
        "InvalidAction.NotFound",
        `Specified api "${action}" is not found, please check your url and method.`,
      ),
    );
  }
  const version = headerValue(req.headersDistinct, "x-acs-version");
  if (!version) return failure(requestId, missingParameter("Version"));
  const expected = found.product.apiVersion;
  if (version !== expected) {
    return failure(
      requestId,
      new SandboxApiError(
        400,
        "InvalidVersion",
        `Specified parameter Version "${version}" is not valid; use ${expected}.`,
      ),
    );
  }
  return found.handler;
}

export async function handleApiRequest(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
): Promise<void> {
  const requestId = newRequestId();
  const url = req.url ?? "/";
  const { path, rawQuery } = splitUrl(url);
  const query = queryParams(rawQuery);
  const form = formParams(req, body);
  const entry: LoggedRequest = ctx.log.add({
    requestId,
    time: formatEsaTime(ctx.now()),
    method: req.method ?? "GET",
    path,
    action: headerValue(req.headersDistinct, "x-acs-action") ?? null,
    query,
    body: form,
    status: null,
    code: null,
    fault: null,
  });
  const answer = (outcome: Outcome) => {
    entry.status = outcome.status;
    entry.code = typeof outcome.body.Code === "string" ? outcome.body.Code : null;
    sendJson(res, outcome.status, outcome.body);
  };

  const routed = checkRouting(ctx, req, requestId);
  if (typeof routed !== "function") return answer(routed);
  const signature = ctx.verify({
    method: req.method ?? "GET",
    url,
    headers: req.headersDistinct,
    body,
  });
  if (!signature.ok)
    return answer(
      failure(requestId, new SandboxApiError(signature.status, signature.code, signature.message)),
    );

  // RPC parameters may arrive in the query, the form body or both; the gateway merges them.
  const params: Params = { ...form, ...query };
  const request: ActionRequest = { region: headerValue(req.headersDistinct, SANDBOX_REGION_HEADER) };
  const fault = entry.action === null ? undefined : ctx.faults.take(entry.action);
  if (!fault) return answer(run(routed, params, request, requestId));
  entry.fault = fault.kind;
  await applyFault(fault, {
    ctx,
    res,
    entry,
    requestId,
    answer,
    commit: () => run(routed, params, request, requestId),
  });
}

interface FaultTarget {
  ctx: SandboxContext;
  res: ServerResponse;
  entry: LoggedRequest;
  requestId: string;
  answer: (outcome: Outcome) => void;
  commit: () => Outcome;
}

async function applyFault(fault: FaultSpec, t: FaultTarget): Promise<void> {
  const signal = t.ctx.shutdown;
  switch (fault.kind) {
    case "internal-error":
      return t.answer(
        failure(
          t.requestId,
          new SandboxApiError(500, "InternalError", ERROR_MESSAGES.internalError),
        ),
      );
    case "throttle":
      return t.answer(
        failure(t.requestId, new SandboxApiError(400, "Throttling.User", ERROR_MESSAGES.throttled)),
      );
    case "non-json":
      t.entry.status = 502;
      t.res.writeHead(502, { "content-type": "text/html" });
      t.res.end(BAD_GATEWAY_HTML);
      return;
    case "slow-before-commit": {
      // Models "the client timed out, but the service still did the work afterwards".
      if (!(await pause(fault.delayMs, signal))) return void t.res.destroy();
      return t.answer(t.commit());
    }
    case "slow-after-commit": {
      const outcome = t.commit();
      if (!(await pause(fault.delayMs, signal))) return void t.res.destroy();
      return t.answer(outcome);
    }
    case "drop-after-commit":
      t.commit();
      t.res.destroy();
      return;
  }
}
