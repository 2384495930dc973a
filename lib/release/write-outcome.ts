import "server-only";

import { EsaError } from "@/lib/esa/errors";
import type { ReleaseWriteResult } from "@/lib/esa/release-types";
import { actionFailure, type FieldError } from "@/lib/submit/results";

import type { ReleaseActionResult } from "./release-result";

// A release write's outcome as the action's result: accepted (with ESA's RequestId), reconciled
// after a lost answer (said so, with what the status shows), or ESA's refusal on the field it
// concerns. The guard audits the result: ok, failed (code, RequestId) or unknown.

export function fromWriteResult(result: ReleaseWriteResult, accepted: string): ReleaseActionResult {
  if (result.state === "accepted")
    return { ok: true, requestId: result.requestId, message: accepted };
  if (result.applied) return { ok: true, reconciled: true, message: result.message };
  return actionFailure(result.lostAnswer.code, result.message, { outcomeUnknown: true });
}

/** How a release result is recorded in the exactly-once claim (publish-once.ts). */
export function outcomeOfRelease(result: ReleaseActionResult): "done" | "failed" | "unknown" {
  if (result.ok) return "done";
  return result.outcomeUnknown ? "unknown" : "failed";
}

/** ESA parameters whose errors belong on a form field. */
const FIELD_OF_PARAMETER: Record<string, string> = {
  VersionId: "versionId",
  Percentage: "percentage",
  Regions: "regions",
  AppId: "appId",
};

function fieldOf(error: EsaError): string | undefined {
  if (error.code === "InvalidVersion.NotFound") return "versionId";
  const parameter = /^InvalidParameter\.(\w+)$/i.exec(error.code)?.[1];
  if (!parameter) return undefined;
  const match = Object.keys(FIELD_OF_PARAMETER).find(
    (name) => name.toLowerCase() === parameter.toLowerCase(),
  );
  return match ? FIELD_OF_PARAMETER[match] : undefined;
}

/** An EsaError as a failure; anything else is rethrown (the guard answers UnexpectedError). */
export function fromEsaError(error: unknown): ReleaseActionResult {
  if (!(error instanceof EsaError)) throw error;
  const field = fieldOf(error);
  const fieldErrors: FieldError[] | undefined = field
    ? [{ path: field, message: error.message }]
    : undefined;
  return actionFailure(error.code, error.message, {
    httpStatus: error.httpStatus,
    requestId: error.requestId,
    recommend: error.recommend,
    outcomeUnknown: error.outcomeUnknown,
    fieldErrors,
  });
}
