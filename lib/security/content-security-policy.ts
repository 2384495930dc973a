// The Content-Security-Policy of every page, with a fresh nonce per request (proxy.ts). Next.js
// reads the nonce from the request's CSP header and puts it on its own scripts; 'strict-dynamic'
// lets those scripts load the chunks they need, and nothing else runs. Pure, so it is unit-tested
// and shared by proxy.ts and the e2e checks.

/** 128 random bits, base64: unguessable, and valid in a CSP nonce-source. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // React needs eval in development only, to rebuild server error stacks (Next.js CSP guide).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Styles are not nonced: sonner injects its <style> at runtime and server-rendered style
    // attributes cannot carry a nonce. Inline styles cannot run code, so this is the usual trade.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** The nonce of a policy built above (the request's header, set by proxy.ts), for the few inline
 * scripts the app renders itself; undefined when there is none. */
export function scriptNonce(csp: string | null | undefined): string | undefined {
  return csp?.match(/'nonce-([^']+)'/)?.[1];
}
