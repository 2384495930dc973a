"use server";

import { revalidatePath } from "next/cache";

import { withAppAction } from "@/lib/access/guard";
import { getDb } from "@/lib/db/handle";
import { createProductionActions } from "@/lib/release/production-actions";
import { releaseDeps } from "@/lib/release/release-deps";
import type { DecisionResult } from "@/lib/release/release-results";

// Approve or reject a four-eyes request: a releaser on the request's app (the guard checks the
// role on `appId`; lib/release checks the request belongs to it and is not the approver's own).

const actions = createProductionActions(withAppAction, getDb, releaseDeps);

export async function approveReleaseAction(appId: unknown, input: unknown): Promise<DecisionResult> {
  const result = await actions.approve(appId, input);
  revalidatePath("/approvals");
  return result;
}

export async function rejectReleaseAction(appId: unknown, input: unknown): Promise<DecisionResult> {
  const result = await actions.reject(appId, input);
  revalidatePath("/approvals");
  return result;
}
