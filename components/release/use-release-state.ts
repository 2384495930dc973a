"use client";

import { useCallback, useRef } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";

import { fetchReleaseState } from "@/lib/browse/api-client";
import { releaseStateKey } from "@/lib/browse/query-keys";
import { pollDelay } from "@/lib/release/poll-delay";
import { isRolloutMoving } from "@/lib/release/rollout-motion";

/**
 * An app's release state, kept fresh while a rollout moves (lib/release/poll-delay.ts decides:
 * quick at first, backing off, nothing once settled). `follow()` after a write reads at once and
 * starts the backoff over.
 */
export function useReleaseState(appId: string) {
  const client = useQueryClient();
  // The data update count at which the rollout was first seen moving; null while settled.
  const movingFrom = useRef<number | null>(null);
  const query = useQuery({
    queryKey: releaseStateKey(appId),
    queryFn: ({ signal }) => fetchReleaseState(appId, signal),
    refetchInterval: (q) => {
      const { data, dataUpdateCount } = q.state;
      if (!data || !isRolloutMoving(data)) {
        movingFrom.current = null;
        return false;
      }
      movingFrom.current ??= dataUpdateCount;
      return pollDelay(data, dataUpdateCount - movingFrom.current);
    },
  });
  const follow = useCallback(() => {
    movingFrom.current = null;
    return client.invalidateQueries({ queryKey: releaseStateKey(appId) });
  }, [client, appId]);
  return { query, follow };
}
