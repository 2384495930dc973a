"use server";

import { withAppAction } from "@/lib/access/guard";
import { appActionPolicy } from "@/lib/access/policy";
import { getDb } from "@/lib/db/handle";
import { deleteIdleVersion } from "@/lib/release/delete-version";
import { publishOnce } from "@/lib/release/publish-once";
import { publishToStaging } from "@/lib/release/publish-staging";
import type { ReleaseActionResult } from "@/lib/release/release-result";
import { rollbackProduction } from "@/lib/release/rollback";

// The release writes outside production publishing (issue 18, sections 2 and 3). Each goes
// through the guard with the role policy.ts names, which audits refusals and every outcome with
// its RequestId; lib/release judges the input and talks to ESA.

const targetOf = (input: unknown): string | null => {
  const id = (input as { versionId?: unknown } | null)?.versionId;
  return typeof id === "string" ? id.slice(0, 128) : null;
};

export async function publishToStagingAction(
  appId: unknown,
  input: unknown,
): Promise<ReleaseActionResult> {
  return withAppAction(
    {
      ...appActionPolicy("release.publish-staging"),
      appId,
      target: targetOf(input),
      payload: input,
    },
    async (actor) => {
      const db = await getDb();
      return publishToStaging(actor, input, (request, send, outcomeOf) =>
        publishOnce(db, request, send, outcomeOf),
      );
    },
  );
}

export async function rollbackAction(appId: unknown, input: unknown): Promise<ReleaseActionResult> {
  return withAppAction(
    { ...appActionPolicy("release.rollback"), appId, target: targetOf(input), payload: input },
    (actor) => rollbackProduction(actor, input),
  );
}

export async function deleteVersionAction(
  appId: unknown,
  input: unknown,
): Promise<ReleaseActionResult> {
  return withAppAction(
    { ...appActionPolicy("version.delete"), appId, target: targetOf(input), payload: input },
    (actor) => deleteIdleVersion(actor, input),
  );
}
