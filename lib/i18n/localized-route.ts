import "server-only";

import { localizeResult } from "./server-translate";

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * A route handler whose JSON answers carry their messages in the requester's language: a body
 * holding message references (lib/i18n/message-ref.ts) is rendered; any other answer (CSV, a
 * stream, a download, JSON without references) passes untouched.
 */
export function localizedRoute<C>(handler: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    const response = await handler(request, context);
    // A download (the audit export) streams as it is: its rows are data, not messages.
    if (response.headers.has("content-disposition")) return response;
    if (!response.headers.get("content-type")?.includes("application/json")) return response;
    const text = await response.text();
    const body = text.includes("\uE000") ? JSON.stringify(await localizeResult(JSON.parse(text))) : text;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}
