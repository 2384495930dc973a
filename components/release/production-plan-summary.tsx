"use client";

import { useFormatter, useTranslations } from "next-intl";

import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import type { ProductionPlan } from "@/lib/release/production-plan";
import { describeTarget } from "@/lib/release/production-plan-values";

/** The rollout plan, as the requester and the approver review it. The start is shown in the
 * reader's zone (named), beside the UTC value ESA receives. */
export function ProductionPlanSummary({ plan, fromPercentage }: { plan: ProductionPlan; fromPercentage?: number }) {
  const t = useTranslations("release");
  const format = useFormatter();
  const render = useRenderMessage();
  const target = render(describeTarget(plan));
  return (
    <DetailList columns={2}>
      <DetailItem label={t("review.version")} mono>
        {plan.versionId}
      </DetailItem>
      <DetailItem label={t("review.rollout")}>
        {fromPercentage !== undefined ? t("target.raise", { from: fromPercentage / 100, target }) : target}
      </DetailItem>
      <DetailItem label={t("review.start")}>
        {plan.startTime ? (
          <span>
            {format.dateTime(new Date(plan.startTime), "stamp")} · <span className="font-mono">{plan.startTime}</span>
          </span>
        ) : (
          t("review.startNow")
        )}
      </DetailItem>
      <DetailItem label={t("review.remarks")}>{plan.remarks || <NotSet>{t("review.none")}</NotSet>}</DetailItem>
      <DetailItem label={t("review.note")}>{plan.note || <NotSet>{t("review.none")}</NotSet>}</DetailItem>
    </DetailList>
  );
}
