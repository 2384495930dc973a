import type { EsaAppStatus, EsaStagingHealth } from "@/lib/esa/release-types";

import type { ReleaseState } from "./release-state";

// Whether anything in a release is still moving: the one rule behind "poll while a rollout is in
// progress, not when settled" and behind "is this version being published".

const MOVING_PUBLISH = new Set(["publishing", "rollbacking"]);
const MOVING_DEPLOY = new Set(["deploying", "undeploying"]);

/** Staging phases on the way up (esa-release-facts.md, "Statuses"). */
const STARTING_PHASES = new Set(["Pending", "ContainerCreating", "Unknown"]);

/** Staging phases in which the container cannot run; ESA keeps retrying them. */
export const FAILURE_PHASES = new Set(["ImagePullBackOff", "CrashLoopBackOff", "Failed"]);

export function isEnvMoving(status: EsaAppStatus): boolean {
  return MOVING_PUBLISH.has(status.publishStatus) || MOVING_DEPLOY.has(status.deployStatus);
}

export function isStagingFailing(health: EsaStagingHealth): boolean {
  return FAILURE_PHASES.has(health.phase);
}

/** Staging is settled when it runs, has no container, or its status no longer moves. */
export function isStagingSettled(state: Pick<ReleaseState, "staging" | "health">): boolean {
  if (STARTING_PHASES.has(state.health.phase)) return false;
  // A failing container is "publishing" for ESA, which restarts it: still worth watching.
  return !isEnvMoving(state.staging) || state.health.phase === "Running";
}

export function isRolloutMoving(state: ReleaseState): boolean {
  return isEnvMoving(state.production) || !isStagingSettled(state);
}
