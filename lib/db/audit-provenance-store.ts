import "server-only";

import { and, asc, eq, inArray } from "drizzle-orm";

import { auditLog } from "./schema";
import type { Db } from "./types";

export interface CreationRow {
  actorName: string | null;
  actorKind: string;
  time: Date;
}

/**
 * The first successful `version.create` row for one of `targets` (a version's name and id) on
 * an app, or null. The create's row names the version by its name, unique per app.
 */
export async function findVersionCreation(
  db: Db,
  appId: string,
  targets: string[],
): Promise<CreationRow | null> {
  const [row] = await db
    .select({ actorName: auditLog.actorName, actorKind: auditLog.actorKind, time: auditLog.time })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "version.create"),
        eq(auditLog.appId, appId),
        eq(auditLog.outcome, "ok"),
        inArray(auditLog.target, targets),
      ),
    )
    .orderBy(asc(auditLog.id))
    .limit(1);
  return row ?? null;
}
