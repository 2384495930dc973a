"use client";

import { useTranslations } from "next-intl";

import { ProductionReview } from "@/components/release/production-review";
import { ProductionPlanSummary } from "@/components/release/production-plan-summary";
import { Badge } from "@/components/ui/badge";
import type { ApprovalView } from "@/lib/release/approval-view";

import { ApprovalDecision, type DecisionAction } from "./approval-decision";

/** One pending request: who asked for what, the diff and plan they reviewed, and the decision. */
export function ApprovalCard({ request, approve, reject }: { request: ApprovalView; approve: DecisionAction; reject: DecisionAction }) {
  const t = useTranslations("approvals");
  const titleId = `approval-${request.id}-title`;
  return (
    <article aria-labelledby={titleId} className="grid gap-4 rounded-lg border border-border p-4">
      <header className="grid gap-1">
        <h2 id={titleId} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          <span>
            {t.rich("card.title", {
              id: request.id,
              kind: request.kind,
              version: request.versionId,
              app: request.appName,
              mono: (chunks) => <span className="font-mono">{chunks}</span>,
            })}
          </span>
          <Badge variant="warning">{t("status.pending")}</Badge>
        </h2>
        <p className="text-sm text-muted-foreground">
          {t("card.requested", {
            name: request.requestedByName,
            requestedAt: new Date(request.requestedAt),
            expiresAt: new Date(request.expiresAt),
          })}
        </p>
      </header>
      {request.note && (
        <blockquote className="border-l-2 border-border pl-3 text-sm">
          <span className="font-medium">{t("card.note")}</span>
          {request.note}
        </blockquote>
      )}
      {request.context ? (
        <ProductionReview context={request.context} plan={request.plan} />
      ) : (
        <ProductionPlanSummary plan={request.plan} />
      )}
      <ApprovalDecision request={request} approve={approve} reject={reject} />
    </article>
  );
}
