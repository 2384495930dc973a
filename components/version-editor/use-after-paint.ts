"use client";

import { useEffect, useState } from "react";

/**
 * `value`, but a change reaches the caller only after the browser has painted the frame the change
 * happened in. For a choice that swaps a block of fields (probe type, env editing mode): the tile
 * or tab shows the new choice at once, and the fields of the new choice mount in a task of their
 * own, after that paint. useDeferredValue was not enough: React starts the deferred render in the
 * task right after the click's, before the frame is painted, and its commit (mounting inputs) is
 * not interruptible. `initial` is what the first render returns (by default `value` itself): a
 * block that mounts with `initial` false and `value` true appears one painted frame later.
 */
export function useAfterPaint<T>(value: T, initial: T = value): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // requestAnimationFrame runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
