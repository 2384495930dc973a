import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { BoundaryMessages } from "@/components/browse/boundary-messages";
import { TimeZoneSync } from "@/components/i18n/time-zone-sync";
import { SiteHeader } from "@/components/layout/site-header";
import { gatePage } from "@/lib/auth/page-gate";
import { PATH_HEADER } from "@/lib/browse/paths";
import { getBackendInfo } from "@/lib/esa/operations";
import type { BackendInfo } from "@/lib/esa/types";
import { getDb } from "@/lib/db/handle";
import { openRequestCount } from "@/lib/release/approvals-list";
import { loadPersonAccess } from "@/lib/access/person-access";
import { languageOptions } from "@/lib/i18n/languages";
import { signOutAction, signOutEverywhereAction } from "./session-actions";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell");
  return {
    title: { default: t("brand"), template: `%s · ${t("brand")}` },
    description: t("description"),
  };
}

async function backendOrNull(): Promise<BackendInfo | null> {
  try {
    return await getBackendInfo();
  } catch {
    return null; // the page itself reports the configuration problem
  }
}

/** Pending four-eyes requests the person may see, for the header's link; null if unreadable. */
async function pendingApprovals(userId: string): Promise<number | null> {
  try {
    const db = await getDb();
    const access = await loadPersonAccess(db, userId);
    return access ? await openRequestCount(db, access) : null;
  } catch {
    return null;
  }
}

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Every page renders per request: the CSP nonce (proxy.ts) only reaches scripts rendered with
  // the request, and the backend shown in the header is the running server's, not the build's.
  await connection();
  // Every page needs a session except sign-in, setup and invitations: anonymous people go to
  // setup (nobody can sign in yet) or sign-in. proxy.ts already turned away requests without a
  // session cookie; this reads the session itself (an expired or revoked one).
  const requestHeaders = await headers();
  const session = await gatePage(requestHeaders.get(PATH_HEADER) ?? "/", requestHeaders);
  const [backend, approvals, locale, languages] = await Promise.all([
    backendOrNull(),
    session ? pendingApprovals(session.userId) : null,
    getLocale(),
    languageOptions(),
  ]);
  return (
    // `dir` is explicit: Sonner's toaster reads it on every render, and without the attribute it
    // falls back to getComputedStyle(<html>), a whole-page style recalculation during hydration.
    <html lang={locale} dir="ltr">
      <head>
        <TimeZoneSync />
      </head>
      <body className="min-h-screen font-sans">
        <SiteHeader
          backend={backend}
          person={
            session && {
              name: session.name,
              email: session.email,
              signsInWith: session.signsInWith,
            }
          }
          isAdmin={session?.isAdmin ?? false}
          pendingApprovals={approvals}
          signOut={signOutAction}
          signOutEverywhere={signOutEverywhereAction}
          languages={languages}
        />
        <div className="mx-auto max-w-screen-2xl px-4 py-6">
          <BoundaryMessages>{children}</BoundaryMessages>
        </div>
      </body>
    </html>
  );
}
