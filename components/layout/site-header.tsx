import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LayersIcon } from "./shell-icons";
import type { BackendInfo } from "@/lib/esa/types";
import { BackendBanner } from "./backend-banner";
import { LanguageSwitch, type LanguageOption } from "./language-switch";
import { UserMenu, type SignedInPerson } from "./user-menu";

interface SiteHeaderProps {
  backend: BackendInfo | null;
  /** The signed-in person; null on the sign-in, setup and invitation pages. */
  person: SignedInPerson | null;
  /** Shows the Administration link; the admin page checks again on the server. */
  isAdmin: boolean;
  /** Four-eyes requests waiting (any app); null when not known. */
  pendingApprovals?: number | null;
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
  languages: readonly LanguageOption[];
}

export async function SiteHeader({
  backend,
  person,
  isAdmin,
  pendingApprovals,
  signOut,
  signOutEverywhere,
  languages,
}: SiteHeaderProps) {
  const t = await getTranslations("shell");
  return (
    <header className="border-b border-border">
      {backend?.mode !== "aliyun" && <BackendBanner backend={backend} />}
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href={person ? "/apps" : "/sign-in"} className="flex items-center gap-2 font-semibold">
          <LayersIcon className="size-5 text-primary" />
          {t("brand")}
        </Link>
        <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {person && (
            <Link href="/apps" className="hover:underline">
              {t("nav.apps")}
            </Link>
          )}
          {person && (
            <Link href="/approvals" className="hover:underline">
              {pendingApprovals ? t("nav.approvalsPending", { count: pendingApprovals }) : t("nav.approvals")}
            </Link>
          )}
          {person && (
            <Link href="/templates" className="hover:underline">
              {t("nav.templates")}
            </Link>
          )}
          {person && (
            <Link href="/drafts" className="hover:underline">
              {t("nav.drafts")}
            </Link>
          )}
          {person && (
            <Link href="/audit" className="hover:underline">
              {t("nav.audit")}
            </Link>
          )}
          {person && isAdmin && (
            <Link href="/admin" className="hover:underline">
              {t("nav.admin")}
            </Link>
          )}
          {backend?.mode === "aliyun" && <BackendBanner backend={backend} />}
          <LanguageSwitch languages={languages} />
          {person && (
            <UserMenu person={person} signOut={signOut} signOutEverywhere={signOutEverywhere} />
          )}
        </nav>
      </div>
    </header>
  );
}
