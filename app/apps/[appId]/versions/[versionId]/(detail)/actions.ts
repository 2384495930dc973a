"use server";

import { withAppAction } from "@/lib/access/guard";
import { appActionPolicy } from "@/lib/access/policy";
import type { RevealSecretsResult } from "@/lib/browse/reveal-result";
import { EsaError } from "@/lib/esa/errors";
import { msg } from "@/lib/i18n/message-ref";
import { getVersion } from "@/lib/esa/operations";
import { actionFailure } from "@/lib/submit/results";

// Pages and route handlers send versions with secret-looking values redacted. Their real values
// reach a browser only here: for submitters and above, and every reveal writes an audit row.

const VERSION_ID = /^[A-Za-z0-9._-]{1,128}$/;

export async function revealVersionSecretsAction(
  appId: unknown,
  versionId: unknown,
): Promise<RevealSecretsResult> {
  const target = typeof versionId === "string" ? versionId.slice(0, 128) : null;
  return withAppAction(
    { ...appActionPolicy("version.reveal-secrets"), appId, target },
    async (actor) => {
      if (typeof versionId !== "string" || !VERSION_ID.test(versionId))
        return actionFailure("InvalidParameter", msg("versions.detail.malformedId"));
      try {
        const { version, requestId } = await getVersion(actor.app.id, versionId);
        return { ok: true, containers: version.containers, requestId };
      } catch (error) {
        if (!(error instanceof EsaError)) throw error;
        return actionFailure(error.code, error.message, { requestId: error.requestId });
      }
    },
  );
}
