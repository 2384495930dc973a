import "server-only";

import { listVersions } from "@/lib/esa/operations";

// The versions production can be rolled back to: created ones that have been published before
// (ESA refuses a version never published). The newest hundred are enough to choose from.

import type { RollbackTarget } from "./rollback-targets-types";

export type { RollbackTarget };

export async function listRollbackTargets(appId: string): Promise<RollbackTarget[]> {
  const page = await listVersions(appId, {
    pageSize: 100,
    orderKey: "CreateTime",
    orderType: "DESC",
  });
  return page.items
    .filter((v) => v.status === "created" && Boolean(v.publishTime || v.lastPublishTime))
    .map((v) => ({ versionId: v.versionId, name: v.name }));
}
