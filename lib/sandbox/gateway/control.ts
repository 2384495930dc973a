// Unsigned control endpoints under /__sandbox/, for tests and local debugging. The server only
// routes here when control is enabled and the caller is on loopback; otherwise these paths are
// unknown paths like any other.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gatewayErrorBody } from "./api-error";
import type { SandboxContext } from "./context";
import { parseFaultSpec } from "./faults";
import { sendJson } from "./http-io";
import { newRequestId } from "./request-id";

export const CONTROL_PREFIX = "/__sandbox/";

function badRequest(res: ServerResponse, requestId: string, message: string): void {
  sendJson(res, 400, gatewayErrorBody(requestId, "InvalidParameter", message));
}

/** Undefined for an empty body, an Error for malformed JSON. */
function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    return new Error("The body is not valid JSON.");
  }
}

export function sendPathNotFound(
  res: ServerResponse,
  path: string,
  requestId = newRequestId(),
): void {
  sendJson(
    res,
    404,
    gatewayErrorBody(
      requestId,
      "NotFound",
      `The path "${path}" does not exist. ESA API calls go to "/".`,
    ),
  );
}

export function handleControlRequest(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  body: Buffer,
): void {
  const RequestId = newRequestId();
  const json = parseJsonBody(body);
  if (json instanceof Error) return badRequest(res, RequestId, json.message);

  switch (`${req.method} ${path}`) {
    case "GET /__sandbox/health":
      return sendJson(res, 200, { RequestId, ok: true, seed: ctx.products[0].currentSeed() });
    case "GET /__sandbox/requests":
      return sendJson(res, 200, { RequestId, requests: ctx.log.list() });
    case "GET /__sandbox/faults":
      return sendJson(res, 200, { RequestId, faults: ctx.faults.list() });
    case "DELETE /__sandbox/faults":
      ctx.faults.clear();
      return sendJson(res, 200, { RequestId, faults: [] });
    case "POST /__sandbox/faults": {
      const parsed = parseFaultSpec(json);
      if (!parsed.ok) return badRequest(res, RequestId, parsed.message);
      ctx.faults.add(parsed.fault);
      return sendJson(res, 200, { RequestId, fault: parsed.fault });
    }
    case "POST /__sandbox/reset": {
      // Without a seed, back to the one the sandbox started with.
      const seed = (json as { seed?: unknown } | undefined)?.seed ?? ctx.initialSeed;
      const [primary, ...others] = ctx.products;
      if (typeof seed !== "string" || !primary.seedNames.includes(seed))
        return badRequest(res, RequestId, `"seed" must be one of ${primary.seedNames.join(", ")}.`);
      primary.reset(seed);
      for (const other of others) other.reset(other.seedNames[0] ?? other.currentSeed());
      ctx.faults.clear();
      ctx.log.clear();
      return sendJson(res, 200, { RequestId, ok: true, seed });
    }
    default: {
      for (const product of ctx.products) {
        const answer = product.control?.(req.method ?? "GET", path, json);
        if (answer) return sendJson(res, answer.status, { RequestId, ...answer.body });
      }
      return sendPathNotFound(res, path, RequestId);
    }
  }
}
