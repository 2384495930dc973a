// The browser's calls to better-auth's endpoints for signing in (through its HTTP handler, so its
// per-address rate limit applies), and the sentences their refusals become.

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

async function messageOf(response: Response): Promise<string | null> {
  const message = (await bodyOf(response))?.message;
  return typeof message === "string" ? message : null;
}

export async function signInWithPassword(email: string, password: string): Promise<PasswordSignInOutcome> {
  const response = await fetch("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password, rememberMe: true }),
  });
  if (response.ok) return { ok: true };
  if (response.status === 401) {
    return { ok: false, field: "password", message: "The email or password is not right." };
  }
  if (response.status === 429) {
    const retryAfter = Number(response.headers.get("x-retry-after"));
    return {
      ok: false,
      field: null,
      message:
        retryAfter > 0
          ? `Too many sign-in attempts from this address. Try again in ${Math.ceil(retryAfter)} seconds.`
          : ((await messageOf(response)) ?? "Too many sign-in attempts. Wait a few minutes and try again."),
    };
  }
  return {
    ok: false,
    field: null,
    message: `Signing in failed (${response.status}). Try again, or ask an administrator if it keeps failing.`,
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
  return { message: `Single sign-on could not start (${response.status}). Try again later.` };
}
