import "server-only";

import { getDb } from "@/lib/db/handle";
import { getServerConfig } from "@/lib/config/env";

import { startAuditRetention } from "./retention";

/**
 * Called by instrumentation.ts at start-up: opens the database and applies migrations (a
 * database that cannot be opened stops the server), then starts audit retention.
 */
export async function bootDatabase(): Promise<void> {
  const db = await getDb();
  await startAuditRetention(db, getServerConfig().portal.auditRetentionDays);
}
