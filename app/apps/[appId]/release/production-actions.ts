"use server";

import { revalidatePath } from "next/cache";

import { withAppAction } from "@/lib/access/guard";
import { appActionPolicy } from "@/lib/access/policy";
import { getDb } from "@/lib/db/handle";
import { requestProduction } from "@/lib/release/production-release";
import { releaseDeps } from "@/lib/release/release-deps";
import type { ProductionRequestResult } from "@/lib/release/release-results";

// Publish to production and Raise to N% (issue 18): releasers only. Whether the plan is held for a
// second releaser or sent to ESA is decided inside (the admin's four-eyes pattern), so the guard
// audits refusals and lib/release writes the row that names what happened.

export async function requestProductionAction(appId: unknown, input: unknown): Promise<ProductionRequestResult> {
  const versionId = (input as { versionId?: unknown } | null)?.versionId;
  const result = await withAppAction(
    {
      ...appActionPolicy("release.publish-production"),
      appId,
      target: typeof versionId === "string" ? versionId.slice(0, 128) : null,
      payload: input,
      audit: "refusals",
    },
    async (actor) => requestProduction(await getDb(), actor, input, releaseDeps),
  );
  if (result.ok && result.held) revalidatePath("/approvals");
  return result;
}
