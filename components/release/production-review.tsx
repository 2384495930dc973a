"use client";

import { useTranslations } from "next-intl";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { VersionDiffView } from "@/components/version-editor/version-diff-view";
import type { ProductionContext } from "@/lib/release/production-context-types";
import type { ProductionPlan } from "@/lib/release/production-plan";

import { ProductionPlanSummary } from "./production-plan-summary";

/** What changes for users: the field-level diff against what production runs now, and the plan. */
export function ProductionReview({ context, plan }: { context: ProductionContext; plan: ProductionPlan }) {
  const t = useTranslations("release.review");
  const render = useRenderMessage();
  return (
    <div className="grid gap-6">
      <section aria-label={t("changes")} className="grid gap-2">
        <h3 className="text-base font-semibold">{t("changes")}</h3>
        <p className="text-sm">{render(context.productionSummary)}</p>
        {context.kind === "raise" && (
          <p className="text-sm text-muted-foreground">{t("raise")}</p>
        )}
        {context.diff ? (
          <VersionDiffView diff={context.diff} baseName={context.baseLabel} />
        ) : (
          <p className="text-sm text-muted-foreground">{t("nothingInProduction")}</p>
        )}
      </section>
      <section aria-label={t("plan")} className="grid gap-2">
        <h3 className="text-base font-semibold">{t("plan")}</h3>
        <ProductionPlanSummary plan={plan} fromPercentage={context.kind === "raise" ? context.currentPercentage : undefined} />
      </section>
    </div>
  );
}
