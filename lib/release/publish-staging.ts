import "server-only";

import type { AppActor } from "@/lib/access/guard-types";
import { publishVersion } from "@/lib/esa/release-operations";
import { msg } from "@/lib/i18n/message-ref";

import { parseReleaseInput } from "./parse-release-input";
import { sendDirectly, type PublishOnce } from "./publish-once";
import { publishStagingInputSchema } from "./release-inputs";
import type { ReleaseActionResult } from "./release-result";
import { fromEsaError, fromWriteResult, outcomeOfRelease } from "./write-outcome";

/**
 * Puts a version on the app's staging environment. Sent once; a lost answer is reconciled.
 * `once`: the server's actions pass the cross-instance claim (publish-once.ts).
 */
export async function publishToStaging(
  actor: AppActor,
  input: unknown,
  once: PublishOnce = sendDirectly,
): Promise<ReleaseActionResult> {
  const parsed = parseReleaseInput(publishStagingInputSchema, input);
  if (!parsed.ok) return parsed;
  const request = {
    appId: actor.app.id,
    versionId: parsed.value.versionId,
    env: "staging",
  } as const;
  return once(request, () => send(request), outcomeOfRelease);
}

async function send(request: { appId: string; versionId: string; env: "staging" }) {
  try {
    return fromWriteResult(
      await publishVersion(request),
      msg("release.outcome.stagingPublishing", { version: request.versionId }),
    );
  } catch (error) {
    return fromEsaError(error);
  }
}
