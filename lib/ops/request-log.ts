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

// The studio's HTTP servers (seen on their first connection) and the requests they are answering:
// what a SIGTERM stops and waits for (lib/ops/shutdown.ts).
const SERVERS: unique symbol = Symbol.for("version-studio.ops.http-servers");
type GlobalWithServers = typeof globalThis & {
  [SERVERS]?: { servers: Set<http.Server>; active: number; refusing: boolean };
};

function serving() {
  const store = globalThis as GlobalWithServers;
  store[SERVERS] ??= { servers: new Set(), active: 0, refusing: false };
  return store[SERVERS];
}

export function knownServers(): ReadonlySet<http.Server> {
  return serving().servers;
}

export function activeRequests(): number {
  return serving().active;
}

/** From now on new requests are answered 503 and their connection is closed. */
export function refuseNewRequests(): void {
  serving().refusing = true;
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
  const state = serving();
  let logged = false;
  state.active += 1;
  const done = () => {
    if (logged) return;
    logged = true;
    state.active -= 1;
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
  if (state.refusing) {
    response.writeHead(503, {
      "Content-Type": "text/plain",
      Connection: "close",
      "Retry-After": "1",
    });
    response.end("This server is shutting down. Try again: another instance will answer.\n");
    return;
  }
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
    if (!unlogged && event === "connection") serving().servers.add(this);
    if (event !== "request" || unlogged) return emit.call(this, event, ...args);
    serving().servers.add(this);
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    let result = false;
    serveWithRequestLog(request, response, () => {
      result = emit.call(this, event, ...args);
    });
    return result;
  } as typeof proto.emit;
}
