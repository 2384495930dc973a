import "server-only";

import { EsaError } from "@/lib/esa/errors";
import { msg } from "@/lib/i18n/message-ref";
import { findVersionByName, getApp } from "@/lib/esa/operations";

import { readVersionInput } from "./input-gate";
import { checkRegistryTags } from "./registry-check";
import { actionFailure, type FieldError, type ValidateVersionResult } from "./results";

// Dry run: every server-side check that creates nothing: the schema, the app exists, the version
// name is not taken yet, each Container Registry tag still exists. Reads only, so it is safe to
// call as often as a person likes. Messages are references to the "submit" catalog.

export async function validateVersion(input: unknown): Promise<ValidateVersionResult> {
  const read = readVersionInput(input);
  if (!read.ok) {
    return actionFailure("ValidationFailed", msg("submit.check.hasProblems"), {
      fieldErrors: read.fieldErrors,
    });
  }
  const { appId, name } = read.values;
  const fieldErrors: FieldError[] = [];
  try {
    await getApp(appId);
  } catch (e) {
    if (e instanceof EsaError && e.code === "InvalidApp.NotFound") {
      fieldErrors.push({ path: "appId", message: msg("submit.esaRefused.noSuchApp") });
    } else return unreachable(e);
  }
  if (fieldErrors.length === 0) {
    try {
      const existing = await findVersionByName(appId, name);
      if (existing)
        fieldErrors.push({
          path: "name",
          message: msg("submit.check.nameTaken", { versionId: existing.versionId }),
        });
    } catch (e) {
      return unreachable(e);
    }
  }
  const registry = await checkRegistryTags(read.values);
  fieldErrors.push(...registry.fieldErrors);
  if (fieldErrors.length > 0)
    return actionFailure("ValidationFailed", msg("submit.check.wouldRefuse"), { fieldErrors });
  return {
    ok: true,
    message: registry.unchecked
      ? msg("submit.check.passedTagsUnchecked", { unchecked: registry.unchecked })
      : msg("submit.check.passed"),
  };
}

function unreachable(e: unknown): ValidateVersionResult {
  if (e instanceof EsaError)
    return actionFailure(e.code, msg("submit.check.couldNotFinish", { reason: e.message }), {
      requestId: e.requestId,
      recommend: e.recommend,
    });
  return actionFailure("UnexpectedError", msg("submit.check.unexpected"));
}
