import "server-only";

import { findVersionCreation } from "@/lib/db/audit-provenance-store";
import type { Db } from "@/lib/db/types";

/** Who created a version through Version Studio and when, as plain data for the page. */
export interface VersionProvenance {
  createdBy: string;
  /** ISO time of the audit row. */
  at: string;
}

/**
 * From the audit log, or null when the log does not know the version ("created outside
 * Version Studio": another tool, the console, or before the log was kept or after it was pruned).
 */
export async function versionProvenance(
  db: Db,
  appId: string,
  version: { name: string; versionId: string },
): Promise<VersionProvenance | null> {
  const targets = [version.name, version.versionId].filter((t) => t !== "");
  if (targets.length === 0) return null;
  const row = await findVersionCreation(db, appId, targets);
  if (!row) return null;
  return { createdBy: row.actorName ?? "an unknown person", at: row.time.toISOString() };
}
