import { msg } from "@/lib/i18n/message-ref";

import type { ReleaseActionResult } from "./release-result";

/** A release server action as client components receive it (app/apps/[appId]/release/actions.ts). */
export type ReleaseAction = (appId: string, input: unknown) => Promise<ReleaseActionResult>;

/** What the browser shows when the action could not be reached at all. */
export const UNREACHABLE: ReleaseActionResult = {
  ok: false,
  message: msg("release.unreachable"),
  outcomeUnknown: true,
};
