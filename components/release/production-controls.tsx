"use client";

import { GatedLinkButton } from "@/components/access/gated-link-button";
import { productionHref, raisableFrom } from "@/lib/release/production-links";

import { useReleaseState } from "./use-release-state";

/** The release view's production controls: Raise to N% while production is partially published. */
export function ProductionControls({ appId, refusal }: { appId: string; refusal?: string }) {
  const { query } = useReleaseState(appId);
  const production = query.data?.production;
  const from = production ? raisableFrom(production) : null;
  return (
    <div className="grid gap-2">
      {production && from !== null ? (
        <div>
          <GatedLinkButton href={productionHref(appId, production.publishingVersionId)} refusal={refusal} showReason>
            Raise to N% (now {from}%)
          </GatedLinkButton>
        </div>
      ) : null}
      <p className="text-sm text-muted-foreground">To publish another version to production, open it and choose Publish to production.</p>
    </div>
  );
}
