import "server-only";

import type { SignInEvent } from "@/lib/auth/sign-in-events";
import type { Db } from "@/lib/db/types";
import { studioMetrics } from "@/lib/ops/metrics";

import { appendRequestAudit } from "./client";

export const SIGN_IN_ACTION = "sign-in";

/** Records one sign-in attempt: who (when known), how, the address and user agent it came from. */
export async function auditSignIn(db: Db, event: SignInEvent): Promise<void> {
  studioMetrics().signIns.inc({ outcome: event.outcome, method: event.method });
  await appendRequestAudit(db, event.headers, {
    actor: event.user
      ? { id: event.user.id, name: event.user.name, kind: event.method === "oidc" ? "oidc" : "local" }
      : { id: null, name: null, kind: "anonymous" },
    action: SIGN_IN_ACTION,
    target: event.email,
    outcome: event.outcome,
    payload: { method: event.method, ...(event.reason ? { reason: event.reason } : {}) },
  });
}

function emailOfBody(text: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null; // not JSON: better-auth refused it too, and there is no email to record
  }
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : null;
}

/**
 * better-auth answers a sign-in over its per-address or per-account limit with a 429 before its
 * after-hooks run, so its route handler reports those here.
 */
export async function auditRefusedSignIn(db: Db, request: Request, response: Response): Promise<void> {
  if (response.status !== 429 || !new URL(request.url).pathname.endsWith("/sign-in/email")) return;
  await auditSignIn(db, {
    outcome: "refused",
    method: "password",
    user: null,
    email: emailOfBody(await request.text()),
    reason: "rate-limited",
    headers: request.headers,
  });
}
