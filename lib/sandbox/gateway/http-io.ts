// Low-level request/response helpers on top of node:http.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gatewayErrorBody } from "./api-error";
import { parseRawQuery } from "./canonical-request";

export const JSON_CONTENT_TYPE = "application/json;charset=utf-8";

/** Far above any real version request; only here so a runaway client cannot exhaust memory. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

/** Reads the whole body whether it came with Content-Length or chunked, as the SDKs send it. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(`The request body exceeds ${limit} bytes.`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function splitUrl(url: string): { path: string; rawQuery: string } {
  const mark = url.indexOf("?");
  return mark === -1
    ? { path: url, rawQuery: "" }
    : { path: url.slice(0, mark), rawQuery: url.slice(mark + 1) };
}

export function queryParams(rawQuery: string): Record<string, string> {
  return Object.fromEntries(parseRawQuery(rawQuery) ?? []);
}

/** RPC calls send a urlencoded form; any other body type carries no parameters. */
export function formParams(req: IncomingMessage, body: Buffer): Record<string, string> {
  const type = req.headers["content-type"] ?? "";
  if (body.length === 0 || !type.toLowerCase().startsWith("application/x-www-form-urlencoded"))
    return {};
  return Object.fromEntries(new URLSearchParams(body.toString("utf8")));
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": JSON_CONTENT_TYPE,
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

export function sendError(
  res: ServerResponse,
  status: number,
  requestId: string,
  code: string,
  message: string,
): void {
  sendJson(res, status, gatewayErrorBody(requestId, code, message));
}

/** Control endpoints must never be reachable from another machine, even when enabled. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}
