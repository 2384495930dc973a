import "server-only";

import type { Db } from "@/lib/db/types";
import { opsLog } from "@/lib/ops/logger";

import { pruneAudit } from "./prune";

const EVERY_MS = 6 * 3_600_000;

/**
 * Prunes by STUDIO_AUDIT_RETENTION_DAYS now and every six hours while the server runs (a no-op
 * when unset). With several instances each prunes; the chain head lock makes them take turns.
 */
export async function startAuditRetention(
  db: Db,
  retentionDays: number | undefined,
): Promise<void> {
  if (retentionDays === undefined) return;
  const run = async () => {
    const { pruned } = await pruneAudit(db, retentionDays);
    if (pruned > 0) opsLog().info({ pruned, retentionDays }, "audit log pruned");
  };
  await run();
  setInterval(() => {
    run().catch((error: unknown) => {
      opsLog().error(
        { reason: error instanceof Error ? error.message : String(error) },
        "audit log pruning failed",
      );
    });
  }, EVERY_MS).unref();
}
