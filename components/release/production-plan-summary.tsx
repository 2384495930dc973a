"use client";

import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { describeTarget, type ProductionPlan } from "@/lib/release/production-plan";
import { utcToZoned } from "@/lib/release/zoned-time";

import { useTimeZone } from "./use-time-zone";

/** The rollout plan, as the requester and the approver review it. */
export function ProductionPlanSummary({ plan, fromPercentage }: { plan: ProductionPlan; fromPercentage?: number }) {
  const timeZone = useTimeZone();
  const raise = fromPercentage !== undefined ? `from ${fromPercentage}% to ` : "";
  return (
    <DetailList columns={2}>
      <DetailItem label="Version" mono>
        {plan.versionId}
      </DetailItem>
      <DetailItem label="Rollout">{`${raise}${describeTarget(plan)}`}</DetailItem>
      <DetailItem label="Start">
        {plan.startTime ? (
          <span>
            {utcToZoned(plan.startTime, timeZone)} · <span className="font-mono">{plan.startTime}</span>
          </span>
        ) : (
          "As soon as it is sent"
        )}
      </DetailItem>
      <DetailItem label="Remarks (sent to ESA)">{plan.remarks || <NotSet>None</NotSet>}</DetailItem>
      <DetailItem label="Requester's note">{plan.note || <NotSet>None</NotSet>}</DetailItem>
    </DetailList>
  );
}
