import "server-only";

import { isAPIError } from "better-auth/api";

// What better-auth's after-hook sees of a sign-in, turned into one event for the audit log. The
// recorder itself is given by the caller (lib/auth/instance.ts), so these rules stay testable.

export interface SignInEvent {
  outcome: "ok" | "failed" | "refused";
  method: "password" | "oidc";
  /** The person signed in; null when the attempt failed. */
  user: { id: string; name: string } | null;
  /** The email typed in (password sign-in), lowercased; null for single sign-on. */
  email: string | null;
  /** Why it failed: better-auth's error code or the provider callback's `error`. */
  reason: string | null;
  headers: Headers | null;
}

export type SignInRecorder = (event: SignInEvent) => Promise<void>;

interface HookView {
  path: string;
  body?: unknown;
  headers?: Headers;
  newSession: { user: { id: string; name: string } } | null | undefined;
  returned: unknown;
}

const emailOf = (body: unknown): string | null => {
  const value = (body as { email?: unknown } | undefined)?.email;
  return typeof value === "string" ? value.trim().toLowerCase().slice(0, 320) : null;
};

/** The `error` a failed provider callback redirects with, or null when it did not fail. */
function callbackError(returned: unknown): string | null {
  if (!isAPIError(returned)) return null;
  const location = new Headers(returned.headers ?? undefined).get("location");
  if (!location) return null;
  return new URL(location, "http://placeholder.invalid").searchParams.get("error");
}

/** The event for an after-hook call, or null when it is not the end of a sign-in. */
export function signInEventOf(view: HookView): SignInEvent | null {
  const headers = view.headers ?? null;
  const user = view.newSession ? { id: view.newSession.user.id, name: view.newSession.user.name } : null;
  if (view.path === "/sign-in/email") {
    if (user) return { outcome: "ok", method: "password", user, email: emailOf(view.body), reason: null, headers };
    if (!isAPIError(view.returned)) return null;
    const code = (view.returned.body as { code?: unknown } | undefined)?.code;
    return {
      outcome: "failed",
      method: "password",
      user: null,
      email: emailOf(view.body),
      reason: typeof code === "string" ? code : String(view.returned.status),
      headers,
    };
  }
  if (view.path.startsWith("/callback/")) {
    if (user) return { outcome: "ok", method: "oidc", user, email: null, reason: null, headers };
    const error = callbackError(view.returned);
    // A redirect without an error is a step of the flow (form_post to GET), not its end.
    if (!error) return null;
    return { outcome: "failed", method: "oidc", user: null, email: null, reason: error.slice(0, 100), headers };
  }
  return null;
}
