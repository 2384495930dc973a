import "server-only";

import { opsLog } from "@/lib/ops/logger";

import { getAuth } from "./instance";

/**
 * Signs a person in with the password they just chose (setup, invitation), from a server action:
 * better-auth's nextCookies plugin sets the session cookie on the action's response. The sign-in
 * is audited by better-auth's hook like any other. Returns whether it worked.
 */
export async function signInWithNewPassword(
  headers: Headers,
  credentials: { email: string; password: string },
): Promise<boolean> {
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({ body: { ...credentials, rememberMe: true }, headers });
    return true;
  } catch (error) {
    opsLog().error(
      { error: error instanceof Error ? error.name : typeof error },
      "sign-in after creating an account failed",
    );
    return false;
  }
}
