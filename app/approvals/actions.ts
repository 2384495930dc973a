"use server";

import { revalidatePath } from "next/cache";

import { withAppAction } from "@/lib/access/guard";
import { appActionPolicy } from "@/lib/access/policy";
import { getDb } from "@/lib/db/handle";
import { approveProduction, rejectProduction } from "@/lib/release/four-eyes-decisions";
import { releaseDeps } from "@/lib/release/release-deps";
import type { DecisionResult } from "@/lib/release/release-results";

// Approve or reject a four-eyes request: a releaser on the request's app (the guard checks the
// role on `appId`; lib/release checks the request belongs to it and is not the approver's own).

const targetOf = (input: unknown) => {
  const id = (input as { requestId?: unknown } | null)?.requestId;
  return typeof id === "number" ? `request #${id}` : null;
};

export async function approveReleaseAction(appId: unknown, input: unknown): Promise<DecisionResult> {
  const result = await withAppAction(
    { ...appActionPolicy("release.approve"), appId, target: targetOf(input), payload: input, audit: "refusals" },
    async (actor) => approveProduction(await getDb(), actor, input, releaseDeps),
  );
  revalidatePath("/approvals");
  return result;
}

export async function rejectReleaseAction(appId: unknown, input: unknown): Promise<DecisionResult> {
  const result = await withAppAction(
    { ...appActionPolicy("release.approve"), action: "release.reject", appId, target: targetOf(input), payload: input, audit: "refusals" },
    async (actor) => rejectProduction(await getDb(), actor, input, releaseDeps),
  );
  revalidatePath("/approvals");
  return result;
}
