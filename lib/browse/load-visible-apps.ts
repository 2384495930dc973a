import "server-only";

import type { AppRef } from "@/lib/access/app-pattern";
import { listApps } from "@/lib/esa/operations";
import type { EsaApp, Page } from "@/lib/esa/types";

import { toAppListOptions, type ListState } from "./list-state";

// The app list shows only apps the person may view (issue 17, section 3). ESA pages the list
// and knows nothing of grants, so for someone who may not see everything the list is read in the
// chosen order and search, at most SCAN_PAGES pages of SCAN_PAGE_SIZE, filtered here and paged.

export const SCAN_PAGE_SIZE = 500; // ListEdgeContainerApps' largest page
export const SCAN_PAGES = 4;

export type VisibleAppPage = Page<EsaApp> & {
  /** Apps ESA listed that this person may not view (0 when they may view all). */
  hiddenCount: number;
  /** Set when only the first `read` of `total` apps were looked at. */
  scannedOf?: { read: number; total: number };
};

export async function loadVisibleApps(
  state: ListState,
  canView: (app: AppRef) => boolean,
  seesEverything: boolean,
): Promise<VisibleAppPage> {
  const options = toAppListOptions(state);
  if (seesEverything) {
    const page = await listApps(options);
    return { ...page, hiddenCount: 0 };
  }
  const read: EsaApp[] = [];
  let total = 0;
  for (let pageNumber = 1; pageNumber <= SCAN_PAGES; pageNumber += 1) {
    const page = await listApps({ ...options, pageNumber, pageSize: SCAN_PAGE_SIZE });
    read.push(...page.items);
    total = page.totalCount;
    if (page.items.length < SCAN_PAGE_SIZE || read.length >= total) break;
  }
  const visible = read.filter((app) => canView({ id: app.appId, name: app.name }));
  const start = (state.page - 1) * state.size;
  return {
    items: visible.slice(start, start + state.size),
    pageNumber: state.page,
    pageSize: state.size,
    totalCount: visible.length,
    hiddenCount: read.length - visible.length,
    ...(read.length < total ? { scannedOf: { read: read.length, total } } : {}),
  };
}
