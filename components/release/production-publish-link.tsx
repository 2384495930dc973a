import { Rocket } from "lucide-react";
import { useTranslations } from "next-intl";

import { GatedLinkButton } from "@/components/access/gated-link-button";
import { productionHref } from "@/lib/release/production-links";

/** A version's way to production (the page reviews the diff and the plan before anything is sent). */
export function ProductionPublishLink({ appId, versionId, refusal }: { appId: string; versionId: string; refusal?: string }) {
  const t = useTranslations("release.production");
  return (
    <GatedLinkButton href={productionHref(appId, versionId)} refusal={refusal} showReason variant="outline">
      <Rocket aria-hidden />
      {t("link")}
    </GatedLinkButton>
  );
}
