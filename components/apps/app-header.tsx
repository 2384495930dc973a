import Link from "next/link";
import { Plus, Rocket } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("apps");
  return (
    <div className="grid gap-2">
      <Breadcrumbs items={[{ label: t("title"), href: "/apps" }, { label: name }]} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold break-all">{name}</h1>
        <div className="flex flex-wrap items-start gap-2">
          <Button asChild variant="outline">
            <Link href={releaseHref(appId)}>
              <Rocket aria-hidden />
              {t("header.releaseStatus")}
            </Link>
          </Button>
          <GatedLinkButton href={newVersionHref(appId)} refusal={createRefusal} showReason>
            <Plus aria-hidden />
            {t("header.newVersion")}
          </GatedLinkButton>
        </div>
      </div>
    </div>
  );
}
