import type { EsaVersion } from "@/lib/esa/types";
import type { ListState } from "./list-state";
import { summarizeVersion, type VersionPage } from "./version-summary";

// The status filter ESA's version list lacks, applied to the versions read in order.

/** ListEdgeContainerAppVersions' largest PageSize (esa-api-facts.md, section 4). */
export const STATUS_SCAN_PAGE_SIZE = 100;
/** Ours: at most this many List calls for one filtered page, 1000 versions. */
export const STATUS_SCAN_PAGES = 10;

/** The requested page of the versions with the state's status, out of `read`, the first of
 * `totalCount` versions in the list's order. */
export function pageByStatus(
  read: readonly EsaVersion[],
  totalCount: number,
  state: Pick<ListState, "status" | "page" | "size">,
): VersionPage {
  const matching = read.filter((v) => state.status === "any" || v.status === state.status);
  const start = (state.page - 1) * state.size;
  return {
    items: matching.slice(start, start + state.size).map(summarizeVersion),
    pageNumber: state.page,
    pageSize: state.size,
    totalCount: matching.length,
    ...(read.length < totalCount ? { scannedOf: { read: read.length, total: totalCount } } : {}),
  };
}
