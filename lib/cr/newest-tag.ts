import "server-only";

import { AliyunError } from "@/lib/aliyun/errors";

import { getTag, listTags } from "./operations";
import type { CrTag } from "./types";

// "Newer tag available": is there a tag in the container's repository updated after its own?

export interface RegistryCoordinates {
  regionId: string;
  instanceId: string;
  repoId: string;
  tag: string;
}

export interface NewestTag {
  /** The container's own tag, or null when the registry no longer has it. */
  current: CrTag | null;
  /** The newest tag, when it is newer than the current one (or the current one is gone). */
  newer: CrTag | null;
}

export async function newestTagFor(c: RegistryCoordinates): Promise<NewestTag> {
  const [first, current] = await Promise.all([
    // ListRepoTag answers newest first; one short page is enough to find the newest.
    listTags(c.regionId, c.instanceId, c.repoId, { pageNo: 1, pageSize: 10 }),
    getTag(c.regionId, c.instanceId, c.repoId, c.tag).catch((error: unknown) => {
      if (error instanceof AliyunError && error.code === "TAG_NOT_EXIST") return null;
      throw error;
    }),
  ]);
  const newest = first.items[0];
  const isNewer =
    newest !== undefined &&
    newest.tag !== c.tag &&
    (current === null || newest.updateTime > current.updateTime);
  return { current, newer: isNewer ? newest : null };
}
