import type { EsaVersion, Page } from "@/lib/esa/types";

// What a version list sends to the browser. The List response's containers are incomplete
// (esa-api-facts.md, section 4) and carry environment values the list never shows, so they are
// reduced to a count before leaving the server.

export type VersionSummary = Omit<EsaVersion, "containers"> & { containerCount: number };

/** A page of the list. `scannedOf` is set when a status filter looked at only the first `read` of
 * `total` versions (lib/browse/status-filter.ts). */
export type VersionPage = Page<VersionSummary> & { scannedOf?: { read: number; total: number } };

export function summarizeVersion({ containers, ...rest }: EsaVersion): VersionSummary {
  return { ...rest, containerCount: containers.length };
}

export function summarizeVersionPage(page: Page<EsaVersion>): Page<VersionSummary> {
  return {
    items: page.items.map(summarizeVersion),
    pageNumber: page.pageNumber,
    pageSize: page.pageSize,
    totalCount: page.totalCount,
  };
}

/** A version still being built: its page keeps refreshing until this is false. */
export const isSettling = (status: string) => status === "creating";
