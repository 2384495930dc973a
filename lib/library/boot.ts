import "server-only";

import { getServerConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/handle";

import { startDraftRetention } from "./draft-retention";

/** Called by instrumentation.ts after the database is up: starts pruning stale drafts. */
export async function bootLibrary(): Promise<void> {
  await startDraftRetention(await getDb(), getServerConfig().portal.draftRetentionDays);
}
