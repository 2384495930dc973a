"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The person's time zone; "UTC" while rendering on the server and hydrating (no mismatch). */
export function useTimeZone(): string {
  return useSyncExternalStore(subscribe, browserZone, () => "UTC");
}
