import { isRolloutMoving } from "./rollout-motion";
import type { ReleaseState } from "./release-state";

// How often the release view asks again: only while a rollout is in progress, starting quick and
// backing off the longer it moves (a staging container failing for hours needs no second-by-second
// reads); never when everything is settled.

export const FIRST_POLL_MS = 1000;
export const MAX_POLL_MS = 15_000;
const GROWTH = 1.5;

/**
 * The delay before the next read, or false for none. `pollsWhileMoving` counts the reads in a row
 * that found the rollout moving (0 for the first).
 */
export function pollDelay(
  state: ReleaseState | undefined,
  pollsWhileMoving: number,
): number | false {
  if (!state || !isRolloutMoving(state)) return false;
  const delay = FIRST_POLL_MS * GROWTH ** Math.max(0, pollsWhileMoving);
  return Math.min(MAX_POLL_MS, Math.round(delay));
}
