import "server-only";

import { createHash, randomUUID } from "node:crypto";
import { hostname } from "node:os";

import {
  claimOperation,
  finishClaim,
  forgetClaim,
  type FinishedState,
} from "@/lib/db/claims-store";
import type { Db } from "@/lib/db/types";
import { opsLog } from "@/lib/ops/logger";

// Exactly once across instances. Before an ESA write whose repetition would do it twice, the
// instance claims the operation's natural key in the shared database (one transaction), calls ESA,
// and records the outcome. A submission of the same key anywhere meanwhile waits for that outcome
// and answers with it; after a success, a repeat is answered from the record without calling ESA.
// A failure or unknown outcome leaves the key to be taken over by the next submission, whose own
// path reconciles with ESA (the version name lookup for creates, the app status for publishes).
// A holder that died mid-call loses its claim when its lease runs out.
//
// Keys: createKey(appId, versionName) and publishKey(appId, versionId, env, plan). lib/release's
// publish path calls runExactlyOnce({ kind: "publish", key: publishKey(...), … }) the same way.

/** This process, as claim owner: host, pid and a random part (a restarted pid is another owner). */
const INSTANCE = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Longer than a create or publish can take with its reconciliation reads (timeouts + retries). */
export const DEFAULT_LEASE_MS = 120_000;
const POLL_MS = 100;

export function createKey(appId: string, versionName: string): string {
  return ["create", appId, versionName].join("\n");
}

/** `plan`: the publish's whole request as a stable string (targets, percentage, regions…). */
export function publishKey(appId: string, versionId: string, env: string, plan: string): string {
  return ["publish", appId, versionId, env, sha256(plan)].join("\n");
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export type ClaimSource =
  /** This call carried the operation out. */
  | "ran"
  /** Another submission of the same content carried it out; this is its recorded outcome. */
  | "shared";

export interface ExactlyOnceOptions<R> {
  db: Db;
  kind: "create" | "publish";
  key: string;
  /** The request's content: a submission with the same key and other content is not a repeat. */
  content: string;
  /** The ESA write with its reconciliation. `previous` tells what an earlier holder left. */
  run: (previous: null | "expired" | "failed" | "unknown" | "other-content") => Promise<R>;
  /** How a result is recorded: done (success), failed (definitely not done) or unknown. */
  outcomeOf: (result: R) => FinishedState;
  /**
   * Asked before a recorded success answers a later repeat (not a submission that waited for it):
   * whether it still holds (a version deleted since may be created again). Errors count as yes.
   */
  stillHolds?: (recorded: R) => Promise<boolean>;
  leaseMs?: number;
  owner?: string;
}

async function holds<R>(check: (recorded: R) => Promise<boolean>, recorded: R): Promise<boolean> {
  try {
    return await check(recorded);
  } catch {
    return true;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runExactlyOnce<R>(
  options: ExactlyOnceOptions<R>,
): Promise<{ result: R; source: ClaimSource }> {
  const { db, kind, key, run, outcomeOf } = options;
  const owner = options.owner ?? INSTANCE;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const contentHash = sha256(options.content);
  const request = { key, kind, contentHash, owner, leaseMs };
  let waited = false;
  for (;;) {
    const attempt = await claimOperation(db, request, { reportFailures: waited });
    if (attempt.status === "claimed") {
      const result = await run(attempt.previous);
      const recorded = await finishClaim(db, key, owner, outcomeOf(result), result).catch(
        (error: unknown) => {
          // The operation happened; only the record is missing. The next submission reconciles.
          opsLog().error(
            { key: key.split("\n").slice(0, 2).join(" "), error: String(error) },
            "operation outcome could not be recorded",
          );
          return false;
        },
      );
      if (!recorded)
        opsLog().warn({ kind, owner }, "claim was taken over before its outcome was recorded");
      return { result, source: "ran" };
    }
    if (attempt.status === "finished") {
      if (
        !waited &&
        options.stillHolds &&
        !(await holds(options.stillHolds, attempt.result as R))
      ) {
        await forgetClaim(db, key, attempt.contentHash);
        continue;
      }
      if (attempt.contentHash !== contentHash) {
        // Same key, other content (a different version with a taken name): ESA decides and
        // the caller's reconciliation explains; nothing is claimed for it.
        return { result: await run("other-content"), source: "ran" };
      }
      return { result: attempt.result as R, source: "shared" };
    }
    // Busy: another submission of this key is running (here or on another instance).
    waited = true;
    await sleep(POLL_MS);
  }
}
