import { randomUUID } from "node:crypto";
import http from "node:http";

import { opsLog } from "./logger";
import { requestStorage, type RequestContext } from "./request-context";

// One JSON line per HTTP request, with a request id that is also sent back in X-Request-Id and
// carried by everything logged while the request runs. Installed from instrumentation.ts by
// wrapping http.Server's "request" event: Next.js (next start, the standalone server.js) has no
// hook that sees every request's end, and this one covers pages, actions and route handlers alike.

export const REQUEST_ID_HEADER = "x-request-id";

// A caller's (load balancer's) id is kept when it is plainly an id; anything else is replaced.
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Path segments that are secrets themselves (an invitation link's token) are not logged. */
export function loggablePath(url: string | undefined): string {
  const pathname = (url ?? "/").split("?")[0] ?? "/";
  return pathname.replace(/^\/invite\/[^/]+/, "/invite/[token]");
}

function requestIdOf(request: http.IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && ACCEPTED_ID.test(given) ? given : randomUUID();
}

/** Wraps one request: id, context, response header, and the line when the response ends. */
export function serveWithRequestLog(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  serve: () => void,
): void {
  const context: RequestContext = { requestId: requestIdOf(request) };
  request.headers[REQUEST_ID_HEADER] = context.requestId;
  response.setHeader("X-Request-Id", context.requestId);
  const started = performance.now();
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const path = loggablePath(request.url);
    // Built assets are many and tell nothing about people's work: logged at debug only.
    const level = path.startsWith("/_next/static/") ? "debug" : "info";
    opsLog()[level](
      {
        kind: "request",
        ...context,
        method: request.method,
        path,
        status: response.statusCode,
        aborted: !response.writableFinished,
        durationMs: Math.round(performance.now() - started),
      },
      "request",
    );
  };
  response.once("finish", done);
  response.once("close", done);
  requestStorage().run(context, serve);
}

/** Set on a server whose requests are not the studio's (the embedded ESA sandbox). */
export const UNLOGGED_SERVER = Symbol.for("version-studio.ops.unlogged");

const INSTALLED: unique symbol = Symbol.for("version-studio.ops.request-log-installed");

/** Patches http.Server so every "request" event runs inside serveWithRequestLog. Idempotent. */
export function installRequestLogging(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  proto.emit = function emitWithRequestLog(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    const unlogged = (this as unknown as Record<symbol, unknown>)[UNLOGGED_SERVER] === true;
    if (event !== "request" || unlogged) return emit.call(this, event, ...args);
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    let result = false;
    serveWithRequestLog(request, response, () => {
      result = emit.call(this, event, ...args);
    });
    return result;
  } as typeof proto.emit;
}
