import type { ActionFailure } from "@/lib/submit/results";

// What every release action returns to the browser (and what the guard audits): plain data.

export type ReleaseActionResult =
  | {
      ok: true;
      /** ESA's RequestId for the write; absent when its answer was lost and the status read instead. */
      requestId?: string;
      /** A sentence for the person: what happened. */
      message: string;
      /** The answer was lost and the release status shows the change: said so, not hidden. */
      reconciled?: boolean;
    }
  | ActionFailure;
