import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { hasAnyUser } from "@/lib/auth/first-run";
import { safeNextPath, SETUP_PATH } from "@/lib/auth/gate-rules";
import { getSession } from "@/lib/auth/get-session";
import { getServerConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/handle";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** better-auth's callback error codes a person can act on; any other reads as the generic one. */
function providerErrorKey(code: string | string[] | undefined) {
  if (typeof code !== "string" || !code) return null;
  if (code === "signup_disabled" || code === "unable_to_create_user") return "providerNoAccount" as const;
  return "providerIncomplete" as const;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  if (!(await hasAnyUser(await getDb()))) redirect(SETUP_PATH);
  const next = safeNextPath(params.next);
  if (await getSession(await headers())) redirect(next);
  const t = await getTranslations("auth.signIn");
  const providerError = providerErrorKey(params.error);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ClientMessages namespaces={["auth"]}>
        <SignInForm
          next={next}
          singleSignOn={getServerConfig().portal.oidc !== undefined}
          providerError={providerError ? t(providerError) : null}
        />
      </ClientMessages>
    </>
  );
}
