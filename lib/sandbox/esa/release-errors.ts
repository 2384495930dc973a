// The refusals of the release actions. Codes from the reference pages (esa-release-facts.md,
// "Errors"); where the pages say nothing, the choice is marked [INF].
import { ERROR_MESSAGES, SandboxApiError } from "../gateway/api-error";

export function invalidAppIdFormat(): SandboxApiError {
  return new SandboxApiError(400, "InvalidParameter.appid", ERROR_MESSAGES.invalidAppId);
}

/** Rollback's page lists no InvalidApp.NotFound: an unknown app is an invalid appid there. */
export function unknownAppForRollback(): SandboxApiError {
  return new SandboxApiError(400, "InvalidParameter.appid", ERROR_MESSAGES.appNotFound);
}

export function versionNotFound(): SandboxApiError {
  return new SandboxApiError(404, "InvalidVersion.NotFound", ERROR_MESSAGES.versionNotFound);
}

export function invalidVersionId(detail: string): SandboxApiError {
  return new SandboxApiError(
    400,
    "InvalidParameter.VersionId",
    `The version cannot be used: ${detail}`,
  );
}

export function invalidPublishEnv(raw: string): SandboxApiError {
  return new SandboxApiError(
    400,
    "InvalidParameter.PublishEnv",
    `The specified PublishEnv "${raw}" is invalid. Valid values: prod, staging.`,
  );
}

export function invalidPercentage(raw: string): SandboxApiError {
  return new SandboxApiError(
    400,
    "InvalidParameter.Percentage",
    `The specified Percentage "${raw}" is invalid. It must be an integer from 1 to 100.`,
  );
}

/**
 * [INF] A release that the app's current state does not allow (another one still moving, a live
 * version to delete, nothing to roll back or rebuild). Delete and rollback document a 400
 * InternalException; the sandbox uses it for every such conflict and says why in the message.
 */
export function stateConflict(detail: string): SandboxApiError {
  return new SandboxApiError(400, "InternalException", detail);
}
