import "server-only";

import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// Test helper: a tiny HTTP server that records what openapi-client sends and answers with
// whatever a test scripts, including the failures the real service and proxies produce.

export interface ReceivedRequest {
  method: string;
  path: string;
  rawQuery: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
  form: Record<string, string>;
}

export type FakeReply =
  | { status?: number; json: unknown; delayMs?: number }
  | { status: number; html: string }
  /** Reads the request, then drops the connection without answering. */
  | { destroy: true };

export interface FakeEsa {
  /** host:port */
  endpoint: string;
  requests: ReceivedRequest[];
  /** Replies in order; the last one repeats. */
  script(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

const ok: FakeReply = { json: { RequestId: "fake-request-id" } };

function send(res: ServerResponse, reply: FakeReply): void {
  if ("destroy" in reply) {
    res.socket?.destroy();
    return;
  }
  if ("html" in reply) {
    res.writeHead(reply.status, { "content-type": "text/html" }).end(reply.html);
    return;
  }
  res
    .writeHead(reply.status ?? 200, { "content-type": "application/json;charset=utf-8" })
    .end(JSON.stringify(reply.json));
}

export async function startFakeEsa(): Promise<FakeEsa> {
  const requests: ReceivedRequest[] = [];
  let replies: FakeReply[] = [ok];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const rawBody = Buffer.concat(chunks).toString("utf8");
      requests.push({
        method: req.method ?? "",
        path: url.pathname,
        rawQuery: url.search.replace(/^\?/, ""),
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        rawBody,
        form: Object.fromEntries(new URLSearchParams(rawBody)),
      });
      const reply = replies.length > 1 ? (replies.shift() ?? ok) : (replies[0] ?? ok);
      const delayMs = "delayMs" in reply ? (reply.delayMs ?? 0) : 0;
      if (delayMs === 0) return send(res, reply);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send(res, reply);
      }, delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `127.0.0.1:${port}`,
    requests,
    script: (...next) => {
      replies = next.length > 0 ? next : [ok];
    },
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach(clearTimeout);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port nothing listens on: bind one, then release it. */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
