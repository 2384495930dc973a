import { NextResponse, type NextRequest } from "next/server";

import { PATH_HEADER } from "@/lib/browse/paths";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

// A nonce-based Content-Security-Policy for every page. The nonce goes on the request's CSP header,
// where Next.js finds it while rendering and applies it to its scripts, and on the response, where
// the browser enforces it. Pages must render per request for this (the root layout awaits
// connection()). The other security headers are static and live in next.config.mjs.

export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  // Read by the not-found pages (components/browse/missing-resource.tsx), which get no params.
  requestHeaders.set(PATH_HEADER, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Not for built assets, which execute nothing by themselves, nor for the JSON route handlers,
  // which get a stricter fixed policy from next.config.mjs.
  matcher: ["/((?!_next/static|_next/image|api/|icon\\.svg|favicon\\.ico).*)"],
};
