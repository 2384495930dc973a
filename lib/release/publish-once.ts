import "server-only";

import type { FinishedState } from "@/lib/db/claims-store";
import type { Db } from "@/lib/db/types";
import { getAppStatus } from "@/lib/esa/release-operations";
import { statusShows } from "@/lib/esa/release-reconcile";
import type { PublishRequest } from "@/lib/esa/release-types";
import { trackOperation } from "@/lib/ops/in-flight";
import { publishKey, runExactlyOnce } from "@/lib/submit/operation-claims";

// A publish (staging or production) sent once across instances and double submissions: its
// natural key (app + version + environment + plan) is claimed in the shared database before ESA
// is called, and the same publish submitted meanwhile anywhere waits for that outcome. A repeat
// within REPEAT_WINDOW_MS is answered from the record; a later one only while the app's status
// still shows that publish (otherwise, e.g. republishing after a rollback, it is sent). Counted in flight, so a
// SIGTERM lets it finish.

export type PublishOnce = <R>(
  request: PublishRequest,
  send: () => Promise<R>,
  outcomeOf: (result: R) => FinishedState,
) => Promise<R>;

/** Sends directly: for callers with no shared database (unit tests of the send path itself). */
export const sendDirectly: PublishOnce = (_request, send) => send();

/** A repeat this soon after the publish is a double submission (two tabs, two instances behind a
 * balancer, a retried click): answered with its outcome even if other releases moved on since. */
export const REPEAT_WINDOW_MS = 120_000;

type Recorded<R> = { result: R; at: number };

export function publishOnce<R>(
  db: Db,
  request: PublishRequest,
  send: () => Promise<R>,
  outcomeOf: (result: R) => FinishedState,
  now: () => number = Date.now,
): Promise<R> {
  const plan = JSON.stringify(request);
  return trackOperation("publish", async () => {
    const { result } = await runExactlyOnce<Recorded<R>>({
      db,
      kind: "publish",
      key: publishKey(request.appId, request.versionId, request.env, plan),
      content: plan,
      run: async () => ({ result: await send(), at: now() }),
      outcomeOf: (recorded) => outcomeOf(recorded.result),
      stillHolds: async (recorded) => {
        if (now() - recorded.at < REPEAT_WINDOW_MS) return true;
        const { status } = await getAppStatus(request.appId, request.env);
        return statusShows({ kind: "publish", request }, status);
      },
    });
    return result.result;
  });
}
