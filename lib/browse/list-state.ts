import type { AppListOptions, OrderKey, OrderType, VersionListOptions } from "@/lib/esa/types";

// The state of a browsable list (search, sort, page) as it lives in the URL, so that a view can be
// shared and survives a reload: `?q=&by=name|id&status=&sort=name|created|updated&order=asc|desc&page=&size=`.
// Parsing never throws: each bad or missing value falls back to its default on its own.

export const SORT_KEYS = ["name", "created", "updated"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SORT_ORDERS = ["asc", "desc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const SEARCH_FIELDS = ["name", "id"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A version's states (esa-api-facts.md, section 4); "any" shows them all. */
export const STATUS_FILTERS = ["any", "creating", "created", "failed"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** Offered in the page-size picker. All are within both calls' limits (apps 500, versions 100). */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
/** PageNumber 1-65535 (esa-api-facts.md, section 4). */
export const MAX_PAGE = 65535;
/** Ours: longer search keys are not names or IDs anyone types. */
export const MAX_SEARCH_LENGTH = 128;

export interface ListState {
  q: string;
  by: SearchField;
  /** Only on lists whose defaults have it (versions): ESA's List has no status filter, so
   * lib/browse/load-version-page.ts applies it. */
  status?: StatusFilter;
  sort: SortKey;
  order: SortOrder;
  page: number;
  size: number;
}

/** Apps read best alphabetically; versions newest first, as the console shows them. */
export const APP_LIST_DEFAULTS: ListState = {
  q: "",
  by: "name",
  sort: "name",
  order: "asc",
  page: 1,
  size: 20,
};
export const VERSION_LIST_DEFAULTS: ListState = {
  q: "",
  by: "name",
  status: "any",
  sort: "created",
  order: "desc",
  page: 1,
  size: 20,
};

/** Query string for a state, leaving out defaults so the plain URL is the default view. */
export function listQueryString(state: ListState, defaults: ListState): string {
  const params = new URLSearchParams();
  if (state.q !== "") {
    params.set("q", state.q);
    if (state.by !== defaults.by) params.set("by", state.by);
  }
  if (
    defaults.status !== undefined &&
    state.status !== undefined &&
    state.status !== defaults.status
  )
    params.set("status", state.status);
  if (state.sort !== defaults.sort) params.set("sort", state.sort);
  if (state.order !== defaults.order) params.set("order", state.order);
  if (state.page !== defaults.page) params.set("page", String(state.page));
  if (state.size !== defaults.size) params.set("size", String(state.size));
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

export function listHref(
  pathname: string,
  state: ListState,
  defaults: ListState,
  patch: Partial<ListState> = {},
): string {
  return `${pathname}${listQueryString({ ...state, ...patch }, defaults)}`;
}

/** The state after choosing a column header: the same column flips order, a new one starts at
 * its natural order (names A-Z, times newest first); either way back to page 1. */
export function sortedBy(state: ListState, sort: SortKey): Partial<ListState> {
  const natural: SortOrder = sort === "name" ? "asc" : "desc";
  const order: SortOrder = state.sort === sort ? (state.order === "asc" ? "desc" : "asc") : natural;
  return { sort, order, page: 1 };
}

export function lastPage(totalCount: number, size: number): number {
  return Math.max(1, Math.ceil(totalCount / size));
}

const ORDER_KEYS: Record<SortKey, OrderKey> = {
  name: "Name",
  created: "CreateTime",
  updated: "UpdateTime",
};
const ORDER_TYPES: Record<SortOrder, OrderType> = { asc: "ASC", desc: "DESC" };

function commonOptions(state: ListState) {
  return {
    orderKey: ORDER_KEYS[state.sort],
    orderType: ORDER_TYPES[state.order],
    pageNumber: state.page,
    pageSize: state.size,
  };
}

export function toAppListOptions(state: ListState): AppListOptions {
  const options: AppListOptions = commonOptions(state);
  if (state.q !== "") {
    options.searchKey = state.q;
    options.searchType = state.by === "id" ? "Appid" : "Name";
  }
  return options;
}

export function toVersionListOptions(state: ListState): VersionListOptions {
  const options: VersionListOptions = commonOptions(state);
  if (state.q !== "") {
    options.searchKey = state.q;
    options.searchType = state.by === "id" ? "VersionId" : "Name";
  }
  return options;
}
