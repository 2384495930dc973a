import "server-only";

import type { AppActor } from "@/lib/access/guard-types";
import { publishVersion } from "@/lib/esa/release-operations";

import { parseReleaseInput } from "./parse-release-input";
import { publishStagingInputSchema } from "./release-inputs";
import type { ReleaseActionResult } from "./release-result";
import { fromEsaError, fromWriteResult } from "./write-outcome";

/** Puts a version on the app's staging environment. Sent once; a lost answer is reconciled. */
export async function publishToStaging(
  actor: AppActor,
  input: unknown,
): Promise<ReleaseActionResult> {
  const parsed = parseReleaseInput(publishStagingInputSchema, input);
  if (!parsed.ok) return parsed;
  const { versionId } = parsed.value;
  try {
    const result = await publishVersion({ appId: actor.app.id, versionId, env: "staging" });
    return fromWriteResult(
      result,
      `${versionId} is being published to staging; its health follows below.`,
    );
  } catch (error) {
    return fromEsaError(error);
  }
}
