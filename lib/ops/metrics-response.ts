import { createHash, timingSafeEqual } from "node:crypto";

import type { Registry } from "prom-client";

const NO_STORE = { "Cache-Control": "no-store" };

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Compares digests, so neither the token's length nor its content leaks through timing. */
function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * /api/metrics: 404 when no token is configured (metrics off), 401 without the right
 * `Authorization: Bearer <STUDIO_METRICS_TOKEN>`, the registry's text otherwise.
 */
export async function metricsResponse(
  authorization: string | null,
  token: string | undefined,
  registry: Registry,
): Promise<Response> {
  if (!token) return new Response("Not found\n", { status: 404, headers: NO_STORE });
  const given = /^Bearer (\S+)$/i.exec(authorization ?? "")?.[1];
  if (!given || !tokenMatches(given, token)) {
    return new Response("A bearer token is required.\n", {
      status: 401,
      headers: { ...NO_STORE, "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  return new Response(await registry.metrics(), {
    headers: { ...NO_STORE, "Content-Type": registry.contentType },
  });
}
