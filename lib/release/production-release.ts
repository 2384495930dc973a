import "server-only";

import type { AppActor } from "@/lib/access/guard-types";
import type { Db } from "@/lib/db/types";
import { EsaError } from "@/lib/esa/errors";
import { actionFailure, type ActionFailure } from "@/lib/submit/results";
import { msg } from "@/lib/i18n/message-ref";

import { fourEyesApplies } from "./four-eyes-setting";
import { readFourEyesSetting } from "./four-eyes-setting-store";
import { openRequest } from "./four-eyes";
import type { ProductionContext } from "./production-context-types";
import type { ProductionOutcome } from "./production-outcome";
import { productionPlanSchema, type ProductionPlan } from "./production-plan";
import { auditOutcomeOf, auditRelease } from "./release-audit";
import { resultOfExecution, type ProductionRequestResult } from "./release-results";
import { validationFailure } from "./validation-failure";

// Publish to production / raise to N%, for an actor the guard found to be a releaser on the app:
// parse the plan, read what production runs now, then either hold it as a four-eyes request
// (the admin's pattern covers the app) or send it to ESA once. Either way one audit row says
// which it was.

export interface ReleaseDeps {
  now(): Date;
  execute(appId: string, plan: ProductionPlan, now: number): Promise<ProductionOutcome>;
  loadContext(appId: string, versionId: string): Promise<{ context: ProductionContext }>;
}

function esaFailure(error: EsaError): ActionFailure {
  const missing = error.code.includes("VersionId") || error.code.includes("Version.NotFound");
  return actionFailure(error.code, error.message, {
    requestId: error.requestId,
    httpStatus: error.httpStatus,
    fieldErrors: missing ? [{ path: "versionId", message: error.message }] : undefined,
  });
}

function raiseProblem(plan: ProductionPlan, context: ProductionContext): ActionFailure | undefined {
  if (context.kind !== "raise") return undefined;
  const floor = context.currentPercentage ?? 0;
  if (plan.by === "percentage" && plan.percentage > floor) return undefined;
  const message = msg("release.refusal.raiseTooLow", {
    version: plan.versionId,
    share: floor / 100,
  });
  return actionFailure("ValidationFailed", message, {
    fieldErrors: [{ path: "percentage", message }],
  });
}

export async function requestProduction(
  db: Db,
  actor: AppActor,
  input: unknown,
  deps: ReleaseDeps,
): Promise<ProductionRequestResult> {
  const parsed = productionPlanSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const plan = parsed.data;
  let context: ProductionContext;
  try {
    ({ context } = await deps.loadContext(actor.app.id, plan.versionId));
  } catch (error) {
    if (error instanceof EsaError) return esaFailure(error);
    throw error;
  }
  const problem = raiseProblem(plan, context);
  if (problem) return problem;

  const target = plan.versionId;
  const setting = await readFourEyesSetting(db);
  if (fourEyesApplies(setting, actor.app)) {
    const requester = { id: actor.session.userId, name: actor.session.name };
    const row = await openRequest(db, {
      app: actor.app,
      kind: context.kind,
      plan,
      context,
      requester,
      now: deps.now(),
    });
    await auditRelease(db, actor, {
      action: context.kind === "raise" ? "release.request-raise" : "release.request-production",
      target,
      outcome: "ok",
      payload: { approvalRequest: row.id, plan },
    });
    return {
      ok: true,
      held: true,
      approvalId: row.id,
      message: msg("release.outcome.held", { id: row.id }),
    };
  }
  const execution = await deps.execute(actor.app.id, plan, deps.now().getTime());
  await auditRelease(db, actor, {
    action: context.kind === "raise" ? "release.raise" : "release.publish-production",
    target,
    ...auditOutcomeOf(execution),
    payload: { plan },
  });
  const result = resultOfExecution(execution);
  return result.ok ? { ...result, held: false } : result;
}
