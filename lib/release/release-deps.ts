import "server-only";

import { loadProductionContext } from "./production-context";
import { getDb } from "@/lib/db/handle";

import { executeProductionPlan, publishRequestOf } from "./production-publish";
import { publishOnce } from "./publish-once";
import type { ReleaseDeps } from "./production-release";

/** The real clock, ESA and context reader for the production and approval actions. */
export const releaseDeps: ReleaseDeps = {
  now: () => new Date(),
  // Claimed across instances and counted in flight (a SIGTERM lets it finish).
  execute: async (appId, plan, now) =>
    publishOnce(
      await getDb(),
      publishRequestOf(appId, plan, now),
      () => executeProductionPlan(appId, plan, now),
      (o) => (o.outcome === "ok" ? "done" : o.outcome),
    ),
  loadContext: loadProductionContext,
};
