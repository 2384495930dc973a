import "server-only";

import { appendAudit } from "@/lib/audit/append";
import type { Db } from "@/lib/db/types";

import { pruneStaleDrafts } from "./drafts";

const EVERY_MS = 6 * 3_600_000;

/** Prunes drafts untouched for `days` once, with an audit row when any went. */
export async function pruneDraftsNow(db: Db, days: number, now = new Date()): Promise<number> {
  const pruned = await pruneStaleDrafts(db, days, now);
  if (pruned > 0) {
    await appendAudit(db, {
      actor: { id: null, name: "Version Studio", kind: "system" },
      action: "draft.prune",
      outcome: "ok",
      payload: { pruned, olderThanDays: days },
    });
  }
  return pruned;
}

/** Prunes by STUDIO_DRAFT_RETENTION_DAYS now and every six hours while the server runs. */
export async function startDraftRetention(db: Db, days: number): Promise<void> {
  const run = () =>
    pruneDraftsNow(db, days).catch((error: unknown) => {
      console.error(`Draft pruning failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    });
  await run();
  setInterval(() => void run(), EVERY_MS).unref();
}
