import Link from "next/link";
import { Plus, Rocket } from "lucide-react";
import { Breadcrumbs } from "@/components/browse/breadcrumbs";
import { GatedLinkButton } from "@/components/access/gated-link-button";
import { Button } from "@/components/ui/button";
import { newVersionHref, releaseHref } from "@/lib/browse/paths";

interface AppHeaderProps {
  appId: string;
  name: string;
  /** Why this person may not create versions here (their role); absent when they may. */
  createRefusal?: string;
}

export function AppHeader({ appId, name, createRefusal }: AppHeaderProps) {
  return (
    <div className="grid gap-2">
      <Breadcrumbs items={[{ label: "Applications", href: "/apps" }, { label: name }]} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold break-all">{name}</h1>
        <div className="flex flex-wrap items-start gap-2">
          <Button asChild variant="outline">
            <Link href={releaseHref(appId)}>
              <Rocket aria-hidden />
              Release status
            </Link>
          </Button>
          <GatedLinkButton href={newVersionHref(appId)} refusal={createRefusal} showReason>
            <Plus aria-hidden />
            New version
          </GatedLinkButton>
        </div>
      </div>
    </div>
  );
}
