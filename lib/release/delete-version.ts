import "server-only";

import type { AppActor } from "@/lib/access/guard-types";
import { getVersion } from "@/lib/esa/operations";
import { deleteVersion } from "@/lib/esa/release-operations";
import { actionFailure } from "@/lib/submit/results";
import { msg } from "@/lib/i18n/message-ref";

import { parseReleaseInput } from "./parse-release-input";
import { readReleaseState } from "./read-release-state";
import { confirmsName, deleteVersionInputSchema } from "./release-inputs";
import type { ReleaseActionResult } from "./release-result";
import { inUseReason } from "./version-placement";
import { fromEsaError } from "./write-outcome";

/**
 * Deletes a version that runs nowhere. Checked here against both environments' status, not only
 * hidden in the page: a version that is live or being published is refused with the reason, and
 * the name typed as confirmation must be the version's.
 */
export async function deleteIdleVersion(
  actor: AppActor,
  input: unknown,
): Promise<ReleaseActionResult> {
  const parsed = parseReleaseInput(deleteVersionInputSchema, input);
  if (!parsed.ok) return parsed;
  const { versionId, confirmName } = parsed.value;
  const appId = actor.app.id;
  try {
    const [{ version }, state] = await Promise.all([
      getVersion(appId, versionId),
      readReleaseState(appId),
    ]);
    const label = version.name || versionId;
    if (!confirmsName(confirmName, version.name, versionId)) {
      const message = msg("release.refusal.confirmMismatch", { label });
      return actionFailure("ConfirmationMismatch", message, {
        fieldErrors: [{ path: "confirmName", message }],
      });
    }
    const reason = inUseReason(state, versionId);
    if (reason) {
      const message = msg("release.refusal.inUse", { label, reason });
      return actionFailure("VersionInUse", message, {
        httpStatus: 409,
        fieldErrors: [{ path: "versionId", message }],
      });
    }
    const { requestId } = await deleteVersion(appId, versionId);
    return { ok: true, requestId, message: msg("release.outcome.deleted", { label }) };
  } catch (error) {
    return fromEsaError(error);
  }
}
