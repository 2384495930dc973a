import "server-only";

import { loadProductionContext } from "./production-context";
import { executeProductionPlan } from "./production-publish";
import type { ReleaseDeps } from "./production-release";

/** The real clock, ESA and context reader for the production and approval actions. */
export const releaseDeps: ReleaseDeps = {
  now: () => new Date(),
  execute: executeProductionPlan,
  loadContext: loadProductionContext,
};
