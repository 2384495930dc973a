// The browser's calls to better-auth's endpoints for signing in (through its HTTP handler, so its
// per-address rate limit applies), and the messages their refusals become: references
// (lib/i18n/message-ref.ts) the form puts into the reader's language. better-auth's own English
// messages are never shown; its answers are told apart by status and code.

import { ACCOUNT_ATTEMPTS_CODE } from "@/lib/auth/account-codes";
import { msg } from "@/lib/i18n/message-ref";

export type PasswordSignInOutcome =
  | { ok: true }
  | { ok: false; field: "password" | null; message: string };

/** The JSON body of an answer, or null when it has none (a proxy's HTML error page, say). */
async function bodyOf(response: Response): Promise<Record<string, unknown> | null> {
  const text = await response.text();
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Which limit a 429 without a waiting time is: the per-account one names its own code. */
async function tooManyMessage(response: Response): Promise<string> {
  const code = (await bodyOf(response))?.code;
  return code === ACCOUNT_ATTEMPTS_CODE ? msg("auth.signIn.tooManyForAccount") : msg("auth.signIn.tooMany");
}

export async function signInWithPassword(email: string, password: string): Promise<PasswordSignInOutcome> {
  const response = await fetch("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password, rememberMe: true }),
  });
  if (response.ok) return { ok: true };
  if (response.status === 401) {
    return { ok: false, field: "password", message: msg("auth.signIn.wrongPassword") };
  }
  if (response.status === 429) {
    const retryAfter = Number(response.headers.get("x-retry-after"));
    return {
      ok: false,
      field: null,
      message:
        retryAfter > 0
          ? msg("auth.signIn.tooManyFromAddress", { seconds: Math.ceil(retryAfter) })
          : await tooManyMessage(response),
    };
  }
  return {
    ok: false,
    field: null,
    message: msg("auth.signIn.failed", { status: response.status }),
  };
}

/** Starts single sign-on: the URL of the provider's sign-in page to go to, or a message. */
export async function startSingleSignOn(next: string): Promise<{ url: string } | { message: string }> {
  const response = await fetch("/api/auth/sign-in/social", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      provider: "oidc",
      callbackURL: next,
      errorCallbackURL: `/sign-in?next=${encodeURIComponent(next)}`,
    }),
  });
  const url = (await bodyOf(response))?.url;
  if (response.ok && typeof url === "string") return { url };
  return { message: msg("auth.signIn.singleSignOnFailed", { status: response.status }) };
}
