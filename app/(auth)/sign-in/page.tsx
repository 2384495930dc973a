import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { SignInForm } from "@/components/auth/sign-in-form";
import { hasAnyUser } from "@/lib/auth/first-run";
import { safeNextPath, SETUP_PATH } from "@/lib/auth/gate-rules";
import { getSession } from "@/lib/auth/get-session";
import { getServerConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/handle";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** better-auth's callback error codes a person can act on; any other reads as the generic one. */
function providerErrorMessage(code: string | string[] | undefined): string | null {
  if (typeof code !== "string" || !code) return null;
  if (code === "signup_disabled" || code === "unable_to_create_user") {
    return "Single sign-on worked, but no account could be made for you here. Ask an administrator.";
  }
  return "Single sign-on did not complete. Try again, or ask an administrator if it keeps failing.";
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  if (!(await hasAnyUser(await getDb()))) redirect(SETUP_PATH);
  const next = safeNextPath(params.next);
  if (await getSession(await headers())) redirect(next);
  return (
    <>
      <h1 className="text-2xl font-semibold">Sign in to Version Studio</h1>
      <SignInForm
        next={next}
        singleSignOn={getServerConfig().portal.oidc !== undefined}
        providerError={providerErrorMessage(params.error)}
      />
    </>
  );
}
