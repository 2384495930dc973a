// The sandbox: a local, ESA-compatible HTTP server (node:http only) that the official SDK and
// openapi-client can talk to unchanged. Importable anywhere on the Node side; no side effects
// until startSandbox() is called.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ERROR_MESSAGES, gatewayErrorBody } from "./gateway/api-error";
import { handleApiRequest } from "./gateway/api-handler";
import { CONTROL_PREFIX, handleControlRequest, sendPathNotFound } from "./gateway/control";
import type { SandboxContext } from "./gateway/context";
import {
  DEFAULT_CREATING_DELAY_MS,
  DEFAULT_ROLLOUT_STEP_MS,
  SANDBOX_ACCESS_KEY_ID,
  SANDBOX_ACCESS_KEY_SECRET,
  SANDBOX_DEFAULT_HOST,
} from "./defaults";
import { FaultQueue } from "./gateway/faults";
import { BodyTooLargeError, isLoopback, readBody, sendJson, splitUrl } from "./gateway/http-io";
import { newRequestId } from "./gateway/request-id";
import { RequestLog } from "./gateway/request-log";
import type { SeedName } from "./esa/seed";
import { createSignatureVerifier } from "./gateway/signature";
import { crProduct } from "./cr/product";
import { CrStore } from "./cr/store";
import { esaProduct } from "./esa/product";
import { SandboxStore } from "./esa/store";

export interface SandboxOptions {
  /** 0 picks a free port. Defaults to 0. */
  port?: number;
  host?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  /** Enables /__sandbox/ control endpoints (loopback callers only). Off by default. */
  controlEnabled?: boolean;
  creatingDelayMs?: number;
  /** One step of a release (a staging phase, 25 points of production traffic); 0: at once. */
  rolloutStepMs?: number;
  seed?: SeedName;
  /** One clock for stored timestamps and for the signature date check. */
  now?: () => number;
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  host: string;
  port: number;
  /** host:port, the form the SDK's `endpoint` config expects (no scheme). */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  controlEnabled: boolean;
  store: SandboxStore;
  close: () => Promise<void>;
}

async function route(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (error) {
    // A client that hangs up mid-body is not a sandbox failure; there is nobody left to answer.
    if (req.destroyed && !(error instanceof BodyTooLargeError)) return void res.destroy();
    if (!(error instanceof BodyTooLargeError)) throw error;
    res.setHeader("connection", "close");
    return sendJson(
      res,
      413,
      gatewayErrorBody(newRequestId(), "RequestEntityTooLarge", error.message),
    );
  }
  const { path } = splitUrl(req.url ?? "/");
  if (
    path.startsWith(CONTROL_PREFIX) &&
    ctx.controlEnabled &&
    isLoopback(req.socket.remoteAddress)
  ) {
    return handleControlRequest(ctx, req, res, path, body);
  }
  if (path === "/") return handleApiRequest(ctx, req, res, body);
  return sendPathNotFound(res, path);
}

function failInternally(res: ServerResponse, error: unknown): void {
  // A sandbox bug should be loud in the terminal but still look like a service failure to clients.
  console.error("[sandbox] unhandled error:", error);
  if (res.headersSent) return void res.destroy();
  sendJson(
    res,
    500,
    gatewayErrorBody(newRequestId(), "InternalError", ERROR_MESSAGES.internalError),
  );
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const now = options.now ?? Date.now;
  const host = options.host ?? SANDBOX_DEFAULT_HOST;
  const accessKeyId = options.accessKeyId ?? SANDBOX_ACCESS_KEY_ID;
  const accessKeySecret = options.accessKeySecret ?? SANDBOX_ACCESS_KEY_SECRET;
  const controlEnabled = options.controlEnabled ?? false;
  const initialSeed = options.seed ?? "demo";
  const store = new SandboxStore({
    now,
    creatingDelayMs: options.creatingDelayMs ?? DEFAULT_CREATING_DELAY_MS,
    rolloutStepMs: options.rolloutStepMs ?? DEFAULT_ROLLOUT_STEP_MS,
    seed: initialSeed,
  });
  const shutdown = new AbortController();
  const ctx: SandboxContext = {
    // ESA first: it owns the seed names; Container Registry is reset to its one demo data set.
    products: [esaProduct(store), crProduct(new CrStore())],
    verify: createSignatureVerifier({
      now,
      lookupSecret: (id) => (id === accessKeyId ? accessKeySecret : undefined),
    }),
    faults: new FaultQueue(),
    log: new RequestLog(),
    initialSeed,
    now,
    controlEnabled,
    shutdown: shutdown.signal,
  };

  const server = createServer((req, res) => {
    route(ctx, req, res).catch((error: unknown) => failInternally(res, error));
  });
  // Node closes an idle keep-alive connection after 5 s. A client that reuses its pooled socket at
  // that moment gets ECONNRESET before the request is read, which for a create means "outcome
  // unknown" (an e2e run hit it once, after ~10 s of form filling). Idle connections stay open for a
  // minute instead, longer than the gaps between calls in a test or while someone edits.
  server.keepAliveTimeout = 60_000;
  // Not one of the studio's own requests: the studio's request log (lib/ops/request-log.ts)
  // skips servers marked so, when the sandbox runs embedded in its process.
  (server as Server & { [key: symbol]: unknown })[Symbol.for("version-studio.ops.unlogged")] = true;
  server.headersTimeout = 61_000;
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const hostForUrl = host.includes(":") ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      shutdown.abort();
      store.dispose();
      server.close((error) => (error ? reject(error) : resolve()));
      // Keep-alive sockets from SDK clients would otherwise hold close() open.
      server.closeAllConnections();
    });
    return closing;
  };

  return {
    url: `http://${hostForUrl}:${port}`,
    host,
    port,
    endpoint: `${hostForUrl}:${port}`,
    accessKeyId,
    accessKeySecret,
    controlEnabled,
    store,
    close,
  };
}
