import "server-only";

import type { AppActor } from "@/lib/access/guard-types";
import { rollbackVersion } from "@/lib/esa/release-operations";
import { msg } from "@/lib/i18n/message-ref";

import { parseReleaseInput } from "./parse-release-input";
import { rollbackInputSchema } from "./release-inputs";
import type { ReleaseActionResult } from "./release-result";
import { fromEsaError, fromWriteResult } from "./write-outcome";

/**
 * Moves production traffic back to a version: all of it, or a percentage. Never held for
 * approval (getting back must be fast); sent once, a lost answer reconciled from the status.
 */
export async function rollbackProduction(
  actor: AppActor,
  input: unknown,
): Promise<ReleaseActionResult> {
  const parsed = parseReleaseInput(rollbackInputSchema, input);
  if (!parsed.ok) return parsed;
  const { versionId, mode, percentage, remarks } = parsed.value;
  const share = mode === "percentage" ? percentage : undefined;
  try {
    const result = await rollbackVersion({
      appId: actor.app.id,
      versionId,
      ...(share === undefined ? {} : { percentage: share }),
      ...(remarks ? { remarks } : {}),
    });
    const accepted =
      share === undefined
        ? msg("release.outcome.rollbackAll", { version: versionId })
        : msg("release.outcome.rollbackShare", { version: versionId, share: share / 100 });
    return fromWriteResult(result, accepted);
  } catch (error) {
    return fromEsaError(error);
  }
}
