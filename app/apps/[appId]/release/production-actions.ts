"use server";

import { revalidatePath } from "next/cache";

import { withAppAction } from "@/lib/access/guard";
import { getDb } from "@/lib/db/handle";
import { createProductionActions } from "@/lib/release/production-actions";
import { releaseDeps } from "@/lib/release/release-deps";
import type { ProductionRequestResult } from "@/lib/release/release-results";

// Publish to production and Raise to N% (issue 18): lib/release/production-actions.ts on the real
// guard, clock and ESA. Inputs are untrusted and parsed again on the server.

const actions = createProductionActions(withAppAction, getDb, releaseDeps);

export async function requestProductionAction(appId: unknown, input: unknown): Promise<ProductionRequestResult> {
  const result = await actions.requestProduction(appId, input);
  if (result.ok && result.held) revalidatePath("/approvals");
  return result;
}
