import "server-only";

import { EsaError } from "@/lib/esa/errors";
import { publishVersion } from "@/lib/esa/release-operations";
import type { PublishRequest } from "@/lib/esa/release-types";
import { msg } from "@/lib/i18n/message-ref";

import { fieldErrorsForCode, type ProductionOutcome } from "./production-outcome";
import type { ProductionPlan } from "./production-plan";
import { describeTarget } from "./production-plan-values";

// Sends a production plan to ESA once. lib/esa never sends a publish twice: an answer lost to a
// timeout or a dropped connection is reconciled from GetEdgeContainerAppStatus, and the person is
// told what the status shows.

export function publishRequestOf(appId: string, plan: ProductionPlan, now: number): PublishRequest {
  const target =
    plan.by === "percentage"
      ? { by: "percentage" as const, percentage: plan.percentage }
      : { by: "region" as const, regions: plan.regions, fullRelease: plan.fullRelease };
  // A scheduled start that passed while the request waited for approval starts now: sending a
  // past StartTime is not documented to work [INF].
  const startTime = plan.startTime && Date.parse(plan.startTime) > now ? plan.startTime : undefined;
  return {
    appId,
    versionId: plan.versionId,
    env: "prod",
    target,
    ...(startTime ? { startTime } : {}),
    ...(plan.remarks ? { remarks: plan.remarks } : {}),
  };
}

export async function executeProductionPlan(
  appId: string,
  plan: ProductionPlan,
  now: number = Date.now(),
): Promise<ProductionOutcome> {
    try {
    const result = await publishVersion(publishRequestOf(appId, plan, now));
    if (result.state === "accepted")
      return {
        outcome: "ok",
        requestId: result.requestId,
        answerLost: false,
        message: msg("release.outcome.productionPublishing", {
          version: plan.versionId,
          target: describeTarget(plan),
        }),
      };
    if (result.applied) return { outcome: "ok", answerLost: true, message: result.message };
    return {
      outcome: "unknown",
      code: result.lostAnswer.code,
      requestId: result.lostAnswer.requestId,
      message: result.message,
    };
  } catch (error) {
    if (!(error instanceof EsaError)) throw error;
    return {
      outcome: error.outcomeUnknown ? "unknown" : "failed",
      code: error.code,
      requestId: error.requestId,
      message: error.message,
      fieldErrors: fieldErrorsForCode(error.code, error.message, error.serviceMessage),
    };
  }
}
