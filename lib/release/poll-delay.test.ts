import { describe, expect, it } from "vitest";

import {
  appStatus,
  releaseState,
  stagingHealth,
  stagingRunning,
} from "@/lib/testing/release-state-fixtures";

import { FIRST_POLL_MS, MAX_POLL_MS, pollDelay } from "./poll-delay";

const publishingProd = releaseState({
  production: appStatus("prod", {
    publishingVersionId: "ver-3",
    baselineVersionId: "ver-2",
    publishStatus: "publishing",
    deployStatus: "deploying",
    publishPercentage: 25,
    expectPercentage: 100,
  }),
});

const stagingComingUp = releaseState({
  staging: appStatus("staging", {
    publishingVersionId: "ver-3",
    publishStatus: "publishing",
    deployStatus: "deploying",
  }),
  health: stagingHealth({ phase: "ContainerCreating", scheduled: "ok" }),
});

describe("pollDelay", () => {
  it("does not poll when everything is settled, or before anything is known", () => {
    expect(pollDelay(releaseState(), 0)).toBe(false);
    expect(pollDelay(releaseState(stagingRunning("ver-2")), 5)).toBe(false);
    expect(pollDelay(undefined, 0)).toBe(false);
  });

  it("polls quickly when a rollout starts, then backs off up to a ceiling", () => {
    expect(pollDelay(publishingProd, 0)).toBe(FIRST_POLL_MS);
    const delays = [0, 1, 2, 3, 4].map((n) => pollDelay(publishingProd, n) as number);
    for (let i = 1; i < delays.length; i += 1) expect(delays[i]).toBeGreaterThan(delays[i - 1]!);
    expect(pollDelay(publishingProd, 100)).toBe(MAX_POLL_MS);
  });

  it.each([
    ["production publishing", publishingProd],
    [
      "production rolling back",
      releaseState({
        production: appStatus("prod", { publishStatus: "rollbacking", deployStatus: "deploying" }),
      }),
    ],
    ["staging container coming up", stagingComingUp],
    [
      "staging pending with a settled-looking status",
      releaseState({ health: stagingHealth({ phase: "Pending" }) }),
    ],
  ])("polls while %s", (_name, state) => {
    expect(pollDelay(state, 0)).toBe(FIRST_POLL_MS);
  });

  it("keeps watching a failing staging container (ESA restarts it), with backoff", () => {
    const failing = releaseState({
      staging: stagingComingUp.staging,
      health: stagingHealth({
        phase: "CrashLoopBackOff",
        restartCount: 3,
        lastTerminatedReason: "Error",
      }),
    });
    expect(pollDelay(failing, 0)).toBe(FIRST_POLL_MS);
    expect(pollDelay(failing, 50)).toBe(MAX_POLL_MS);
  });
});
