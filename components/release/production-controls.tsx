"use client";

import { useTranslations } from "next-intl";

import { GatedLinkButton } from "@/components/access/gated-link-button";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { productionHref, raisableFrom } from "@/lib/release/production-links";

import { useReleaseState } from "./use-release-state";

/** The release view's production controls: Raise to N% while production is partially published. */
export function ProductionControls({ appId, refusal }: { appId: string; refusal?: string }) {
  const t = useTranslations("release.controls");
  const render = useRenderMessage();
  const { query } = useReleaseState(appId);
  const production = query.data?.production;
  const from = production ? raisableFrom(production) : null;
  return (
    <div className="grid gap-2">
      {production && from !== null ? (
        <div>
          <GatedLinkButton href={productionHref(appId, production.publishingVersionId)} refusal={refusal && render(refusal)} showReason>
            {t("raise", { share: from / 100 })}
          </GatedLinkButton>
        </div>
      ) : null}
      <p className="text-sm text-muted-foreground">{t("publishAnother")}</p>
    </div>
  );
}
