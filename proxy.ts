import { NextResponse, type NextRequest } from "next/server";

import { isPublicPath, SESSION_COOKIES, signInHref } from "@/lib/auth/gate-rules";
import { PATH_HEADER } from "@/lib/browse/paths";
import {
  refuseActionBody,
  refuseActionHeaders,
  type ActionRefusal,
} from "@/lib/security/action-request-guard";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { renderMessage } from "@/lib/i18n/message-ref";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { translatorForLocale } from "@/lib/i18n/standalone-translate";

// A nonce-based Content-Security-Policy for every page. The nonce goes on the request's CSP header,
// where Next.js finds it while rendering and applies it to its scripts, and on the response, where
// the browser enforces it. Pages must render per request for this (the root layout awaits
// connection()). The other security headers are static and live in next.config.mjs.

export async function proxy(request: NextRequest) {
  // A server-action call (Next.js marks it with the Next-Action header) is checked before Next
  // decodes it, so that a malformed one gets a 4xx saying why instead of a 500 with a digest.
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = await refuseActionRequest(request);
    if (refusal) return refusedAction(refusal, request);
  }
  // The cheap half of the gate: no session cookie, no page. The root layout checks the session
  // itself (lib/auth/page-gate.ts); server actions are refused by their own guard.
  if (needsSignIn(request)) {
    const { pathname, search } = request.nextUrl;
    return NextResponse.redirect(new URL(signInHref(`${pathname}${search}`), request.url));
  }
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  // Read by the not-found pages (components/browse/missing-resource.tsx), which get no params.
  requestHeaders.set(PATH_HEADER, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function needsSignIn(request: NextRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (isPublicPath(request.nextUrl.pathname)) return false;
  return !SESSION_COOKIES.some((name) => request.cookies.get(name)?.value);
}

async function refuseActionRequest(request: NextRequest): Promise<ActionRefusal | null> {
  const byHeaders = refuseActionHeaders(
    request.headers.get("content-type"),
    request.headers.get("content-length"),
  );
  if (byHeaders) return byHeaders;
  // Next buffers the body for the proxy and passes an untouched copy on to the action.
  return refuseActionBody(new Uint8Array(await request.arrayBuffer()));
}

/** `text/plain` exactly: Next's client shows such a body of a 4xx as the action's error message. */
async function refusedAction({ status, message }: ActionRefusal, request: NextRequest) {
  const locale = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  return new NextResponse(renderMessage(message, await translatorForLocale(locale)), {
    status,
    headers: { "content-type": "text/plain", "cache-control": "no-store" },
  });
}

export const config = {
  // Not for built assets, which execute nothing by themselves, nor for the JSON route handlers,
  // which get a stricter fixed policy from next.config.mjs.
  matcher: ["/((?!_next/static|_next/image|api/|icon\\.svg|favicon\\.ico).*)"],
};
