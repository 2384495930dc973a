import "server-only";

import { EsaError } from "@/lib/esa/errors";
import { findVersionByName, getApp } from "@/lib/esa/operations";

import { readVersionInput } from "./input-gate";
import { checkRegistryTags } from "./registry-check";
import { actionFailure, type FieldError, type ValidateVersionResult } from "./results";

// Dry run: every server-side check that creates nothing: the schema, the app exists, the version
// name is not taken yet, each Container Registry tag still exists. Reads only, so it is safe to
// call as often as a person likes.

export async function validateVersion(input: unknown): Promise<ValidateVersionResult> {
  const read = readVersionInput(input);
  if (!read.ok) {
    return actionFailure("ValidationFailed", "The version has problems: see the marked fields.", {
      fieldErrors: read.fieldErrors,
    });
  }
  const { appId, name } = read.values;
  const fieldErrors: FieldError[] = [];
  try {
    await getApp(appId);
  } catch (e) {
    if (e instanceof EsaError && e.code === "InvalidApp.NotFound") {
      fieldErrors.push({
        path: "appId",
        message: "ESA has no application with this ID. Choose an application from the list.",
      });
    } else return unreachable(e);
  }
  if (fieldErrors.length === 0) {
    try {
      const existing = await findVersionByName(appId, name);
      if (existing)
        fieldErrors.push({
          path: "name",
          message: `Version ${existing.versionId} already uses this name. Choose a different name.`,
        });
    } catch (e) {
      return unreachable(e);
    }
  }
  const registry = await checkRegistryTags(read.values);
  fieldErrors.push(...registry.fieldErrors);
  if (fieldErrors.length > 0)
    return actionFailure(
      "ValidationFailed",
      "The service would refuse this version: see the marked fields.",
      { fieldErrors },
    );
  return {
    ok: true,
    message:
      "All checks passed: the schema, the application exists, and the name is free. Nothing was created." +
      (registry.unchecked ? ` ${registry.unchecked}` : ""),
  };
}

function unreachable(e: unknown): ValidateVersionResult {
  if (e instanceof EsaError)
    return actionFailure(e.code, `The checks could not finish: ${e.message}`, {
      requestId: e.requestId,
      recommend: e.recommend,
    });
  return actionFailure(
    "UnexpectedError",
    "The checks could not finish because of an unexpected server error. Try again.",
  );
}
