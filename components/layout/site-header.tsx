import Link from "next/link";
import { Layers } from "lucide-react";
import type { BackendInfo } from "@/lib/esa/types";
import { BackendBanner } from "./backend-banner";
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
}

export function SiteHeader({ backend, person, isAdmin, pendingApprovals, signOut, signOutEverywhere }: SiteHeaderProps) {
  return (
    <header className="border-b border-border">
      {backend?.mode !== "aliyun" && <BackendBanner backend={backend} />}
      <div className="mx-auto flex max-w-screen-2xl items-center justify-between gap-4 px-4 py-3">
        <Link href={person ? "/apps" : "/sign-in"} className="flex items-center gap-2 font-semibold">
          <Layers aria-hidden className="size-5 text-primary" />
          Version Studio
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          {person && (
            <Link href="/apps" className="hover:underline">
              Applications
            </Link>
          )}
          {person && (
            <Link href="/approvals" className="hover:underline">
              Approvals{pendingApprovals ? ` (${pendingApprovals})` : ""}
            </Link>
          )}
          {person && (
            <Link href="/templates" className="hover:underline">
              Templates
            </Link>
          )}
          {person && (
            <Link href="/drafts" className="hover:underline">
              My drafts
            </Link>
          )}
          {person && (
            <Link href="/audit" className="hover:underline">
              Audit log
            </Link>
          )}
          {person && isAdmin && (
            <Link href="/admin" className="hover:underline">
              Administration
            </Link>
          )}
          {backend?.mode === "aliyun" && <BackendBanner backend={backend} />}
          {person && (
            <UserMenu person={person} signOut={signOut} signOutEverywhere={signOutEverywhere} />
          )}
        </nav>
      </div>
    </header>
  );
}
