import Link from "next/link";
import { Layers } from "lucide-react";
import type { BackendInfo } from "@/lib/esa/types";
import { BackendBanner } from "./backend-banner";

export function SiteHeader({ backend }: { backend: BackendInfo | null }) {
  return (
    <header className="border-b border-border">
      {backend?.mode !== "aliyun" && <BackendBanner backend={backend} />}
      <div className="mx-auto flex max-w-screen-2xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/apps" className="flex items-center gap-2 font-semibold">
          <Layers aria-hidden className="size-5 text-primary" />
          Version Studio
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          <Link href="/apps" className="hover:underline">
            Applications
          </Link>
          {backend?.mode === "aliyun" && <BackendBanner backend={backend} />}
        </nav>
      </div>
    </header>
  );
}
