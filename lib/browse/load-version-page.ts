import "server-only";

import { listVersions } from "@/lib/esa/operations";
import type { EsaVersion } from "@/lib/esa/types";
import { toVersionListOptions, type ListState } from "./list-state";
import { pageByStatus, STATUS_SCAN_PAGES, STATUS_SCAN_PAGE_SIZE } from "./status-filter";
import { summarizeVersionPage, type VersionPage } from "./version-summary";

/**
 * One page of an app's versions as the list state asks. Search, sort and paging are ESA's. A
 * status filter is ours: ListEdgeContainerAppVersions has none (esa-api-facts.md, section 4), so
 * the versions are read in the chosen order and search, at most STATUS_SCAN_PAGES pages of 100,
 * then filtered and paged here.
 */
export async function loadVersionPage(appId: string, state: ListState): Promise<VersionPage> {
  const options = toVersionListOptions(state);
  if (state.status === undefined || state.status === "any")
    return summarizeVersionPage(await listVersions(appId, options));

  const read: EsaVersion[] = [];
  let totalCount = 0;
  for (let pageNumber = 1; pageNumber <= STATUS_SCAN_PAGES; pageNumber += 1) {
    const page = await listVersions(appId, {
      ...options,
      pageNumber,
      pageSize: STATUS_SCAN_PAGE_SIZE,
    });
    read.push(...page.items);
    totalCount = page.totalCount;
    if (page.items.length < STATUS_SCAN_PAGE_SIZE || read.length >= totalCount) break;
  }
  return pageByStatus(read, totalCount, state);
}
