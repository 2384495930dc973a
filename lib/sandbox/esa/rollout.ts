// How a release moves with time, as pure functions of the clock: the store keeps when a release
// started and what it aims for, and every read computes where it stands now. Tests control time
// through the store's `now`, with no timers involved.
//
// [INF] The service documents the statuses (esa-release-facts.md) but not the pace; the sandbox
// moves production traffic at most STEP_POINTS percentage points per step and takes two steps to
// bring a staging container up.

/** Percentage points a production release moves per step. */
export const STEP_POINTS = 25;

export type PublishType = "percentage" | "region";

export interface ProdRelease {
  kind: "publish" | "rollback";
  /** The version traffic moves to (PublishingVersion). */
  versionId: string;
  /** The version traffic moves away from (BaseLineVersion); "" when nothing ran before. */
  baselineVersionId: string;
  publishType: PublishType;
  fromPercentage: number;
  expectPercentage: number;
  fullRelease: boolean;
  regions: string[];
  requestedAt: number;
  startAt: number;
}

export interface ProdProgress {
  publishStatus: "publishing" | "published" | "rollbacking" | "rollbacked";
  deployStatus: "deploying" | "deployed";
  percentage: number;
  done: boolean;
}

function stepsDone(elapsed: number, stepMs: number, steps: number): number {
  if (elapsed < 0) return 0;
  if (stepMs <= 0) return steps;
  return Math.min(steps, Math.floor(elapsed / stepMs));
}

export function prodProgressAt(release: ProdRelease, now: number, stepMs: number): ProdProgress {
  const distance = release.expectPercentage - release.fromPercentage;
  const steps = Math.max(1, Math.ceil(Math.abs(distance) / STEP_POINTS));
  const done = stepsDone(now - release.startAt, stepMs, steps);
  const finished = done === steps;
  const percentage = finished
    ? release.expectPercentage
    : Math.round(release.fromPercentage + (distance * done) / steps);
  const moving = release.kind === "publish" ? "publishing" : "rollbacking";
  const settled = release.kind === "publish" ? "published" : "rollbacked";
  return {
    publishStatus: finished ? settled : moving,
    deployStatus: finished ? "deployed" : "deploying",
    percentage,
    done: finished,
  };
}

/** The share of production traffic each version serves now. */
export function servingShares(
  release: ProdRelease,
  now: number,
  stepMs: number,
): Map<string, number> {
  const { percentage } = prodProgressAt(release, now, stepMs);
  const shares = new Map<string, number>();
  if (percentage > 0) shares.set(release.versionId, percentage);
  if (release.baselineVersionId && percentage < 100)
    shares.set(release.baselineVersionId, 100 - percentage);
  return shares;
}

/** How the seed marks an image that cannot run (a version using it fails on staging). */
export type ImageFailure =
  { phase: "ImagePullBackOff" } | { phase: "CrashLoopBackOff"; reason: string };

export interface StagingDeploy {
  versionId: string;
  /** The version staging ran before this one; "" when none. */
  previousVersionId: string;
  /** When this deploy (or its latest rebuild) began. */
  startAt: number;
  failure?: ImageFailure;
}

export type Readiness = "ok" | "unready";

export interface StagingHealth {
  phase: "Pending" | "ContainerCreating" | "Running" | ImageFailure["phase"];
  scheduled: Readiness;
  initialized: Readiness;
  containersReady: Readiness;
  ready: Readiness;
  restartCount: number;
  lastTerminatedReason: string;
  /** The container is scheduled on a node and has addresses. */
  hasAddresses: boolean;
  running: boolean;
}

const ok = (yes: boolean): Readiness => (yes ? "ok" : "unready");

/** Pending for one step, ContainerCreating for one, then Running or the image's failure. */
export function stagingHealthAt(deploy: StagingDeploy, now: number, stepMs: number): StagingHealth {
  const elapsed = now - deploy.startAt;
  const step = stepsDone(elapsed, stepMs, 2);
  const base = { restartCount: 0, lastTerminatedReason: "" };
  if (step === 0)
    return {
      ...base,
      phase: "Pending",
      scheduled: "unready",
      initialized: "unready",
      containersReady: "unready",
      ready: "unready",
      hasAddresses: false,
      running: false,
    };
  const started = step === 2;
  const failure = started ? deploy.failure : undefined;
  const running = started && !failure;
  const health: StagingHealth = {
    ...base,
    phase: running ? "Running" : (failure?.phase ?? "ContainerCreating"),
    scheduled: "ok",
    // An image that cannot be pulled never gets past initialisation.
    initialized: ok(started && failure?.phase !== "ImagePullBackOff"),
    containersReady: ok(running),
    ready: ok(running),
    hasAddresses: true,
    running,
  };
  if (failure?.phase === "CrashLoopBackOff") {
    // One restart on start, then one per further step: the container keeps dying.
    const since = elapsed - 2 * stepMs;
    health.restartCount = 1 + (stepMs > 0 ? Math.floor(since / stepMs) : 0);
    health.lastTerminatedReason = failure.reason;
  }
  return health;
}
