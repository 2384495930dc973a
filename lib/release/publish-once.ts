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
// is called, and the same publish submitted meanwhile anywhere waits for that outcome. A later
// repeat is answered from the record only while the app's status still shows that publish
// (otherwise, e.g. after a rollback, it is a new request and is sent). Counted in flight, so a
// SIGTERM lets it finish.

export type PublishOnce = <R>(
  request: PublishRequest,
  send: () => Promise<R>,
  outcomeOf: (result: R) => FinishedState,
) => Promise<R>;

/** Sends directly: for callers with no shared database (unit tests of the send path itself). */
export const sendDirectly: PublishOnce = (_request, send) => send();

export function publishOnce<R>(
  db: Db,
  request: PublishRequest,
  send: () => Promise<R>,
  outcomeOf: (result: R) => FinishedState,
): Promise<R> {
  const plan = JSON.stringify(request);
  return trackOperation("publish", async () => {
    const { result } = await runExactlyOnce<R>({
      db,
      kind: "publish",
      key: publishKey(request.appId, request.versionId, request.env, plan),
      content: plan,
      run: send,
      outcomeOf,
      stillHolds: async () => {
        const { status } = await getAppStatus(request.appId, request.env);
        return statusShows({ kind: "publish", request }, status);
      },
    });
    return result;
  });
}
