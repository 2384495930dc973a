"use client";

import { VersionDiffView } from "@/components/version-editor/version-diff-view";
import type { ProductionContext } from "@/lib/release/production-context-types";
import type { ProductionPlan } from "@/lib/release/production-plan";

import { ProductionPlanSummary } from "./production-plan-summary";

/** What changes for users: the field-level diff against what production runs now, and the plan. */
export function ProductionReview({ context, plan }: { context: ProductionContext; plan: ProductionPlan }) {
  return (
    <div className="grid gap-6">
      <section aria-label="What changes for users" className="grid gap-2">
        <h3 className="text-base font-semibold">What changes for users</h3>
        <p className="text-sm">{context.productionSummary}</p>
        {context.kind === "raise" && (
          <p className="text-sm text-muted-foreground">
            A raise moves more users from the baseline to the version already being published.
          </p>
        )}
        {context.diff ? (
          <VersionDiffView diff={context.diff} baseName={context.baseLabel} />
        ) : (
          <p className="text-sm text-muted-foreground">Production runs nothing yet: every field is new to users.</p>
        )}
      </section>
      <section aria-label="Rollout plan" className="grid gap-2">
        <h3 className="text-base font-semibold">Rollout plan</h3>
        <ProductionPlanSummary plan={plan} fromPercentage={context.kind === "raise" ? context.currentPercentage : undefined} />
      </section>
    </div>
  );
}
