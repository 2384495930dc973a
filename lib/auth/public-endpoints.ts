import { OIDC_PROVIDER_ID } from "./auth-options";

// better-auth's router serves far more than this portal uses: updating one's own name, changing a
// password, revoking sessions, linking accounts… each a change to the portal's state that would
// bypass the audit log (and a renamed actor would mislead it). The studio's HTTP surface under
// /api/auth is the sign-in flow only; everything else (sign out, sessions, people) goes through
// audited server actions. An allow-list, so an endpoint a better-auth upgrade adds stays closed.

const ALLOWED: readonly { method: string; path: RegExp }[] = [
  { method: "GET", path: /^\/get-session$/ }, // read-only: who is signed in
  { method: "POST", path: /^\/sign-in\/email$/ },
  { method: "POST", path: /^\/sign-in\/social$/ }, // starts single sign-on (genericOAuth)
  // The provider's redirect back (GET, or POST for response_mode=form_post): the one provider.
  { method: "GET", path: new RegExp(`^/callback/${OIDC_PROVIDER_ID}$`) },
  { method: "POST", path: new RegExp(`^/callback/${OIDC_PROVIDER_ID}$`) },
  { method: "GET", path: /^\/error$/ },
  { method: "GET", path: /^\/ok$/ },
];

export const AUTH_BASE_PATH = "/api/auth";

/** Whether the studio serves this better-auth endpoint over HTTP. */
export function isPublicAuthEndpoint(method: string, url: string): boolean {
  const pathname = new URL(url).pathname;
  if (!pathname.startsWith(`${AUTH_BASE_PATH}/`)) return false;
  const path = pathname.slice(AUTH_BASE_PATH.length);
  return ALLOWED.some((rule) => rule.method === method.toUpperCase() && rule.path.test(path));
}
