import "server-only";

import { pruneAuditRowsBefore } from "@/lib/db/audit-store";
import type { Db } from "@/lib/db/types";

import { appendAudit } from "./append";

const DAY_MS = 86_400_000;

/**
 * Applies STUDIO_AUDIT_RETENTION_DAYS: removes entries older than that many days (none when
 * unset) and records the prune itself as an entry. The remaining chain still verifies.
 */
export async function pruneAudit(
  db: Db,
  retentionDays: number | undefined,
  now = new Date(),
): Promise<{ pruned: number }> {
  if (retentionDays === undefined) return { pruned: 0 };
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const pruned = await pruneAuditRowsBefore(db, cutoff);
  if (pruned > 0) {
    await appendAudit(
      db,
      {
        actor: { id: null, name: "Version Studio", kind: "system" },
        action: "audit.prune",
        outcome: "ok",
        payload: { retentionDays, cutoff: cutoff.toISOString(), pruned },
      },
      now,
    );
  }
  return { pruned };
}
