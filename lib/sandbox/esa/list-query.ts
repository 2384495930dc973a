// Ordering, paging and fuzzy search shared by ListEdgeContainerApps and ListEdgeContainerAppVersions.
import { enumParam, integerParam, optionalParam, type Params } from "../gateway/params";

export const ORDER_KEYS = ["Name", "CreateTime", "UpdateTime"] as const;
export const ORDER_TYPES = ["ASC", "DESC"] as const;
export type OrderKey = (typeof ORDER_KEYS)[number];
export type OrderType = (typeof ORDER_TYPES)[number];

export interface Listable {
  Name: string;
  CreateTime: string;
  UpdateTime: string;
}

export interface ListRequest<S extends string> {
  orderKey: OrderKey;
  orderType: OrderType;
  pageNumber: number;
  pageSize: number;
  searchKey: string | undefined;
  searchType: S | undefined;
}

/** Bounds from the API reference: PageNumber 1-65535, PageSize default 20 with a per-call maximum. */
export function readListRequest<S extends string>(
  params: Params,
  maxPageSize: number,
  searchTypes: readonly S[],
): ListRequest<S> {
  return {
    // Newest first unless asked otherwise, which is what a console shows.
    orderKey: enumParam(params, "OrderKey", ORDER_KEYS) ?? "CreateTime",
    orderType: enumParam(params, "OrderType", ORDER_TYPES) ?? "DESC",
    pageNumber: integerParam(params, "PageNumber", { min: 1, max: 65535, fallback: 1 }),
    pageSize: integerParam(params, "PageSize", { min: 1, max: maxPageSize, fallback: 20 }),
    searchKey: optionalParam(params, "SearchKey"),
    searchType: enumParam(params, "SearchType", searchTypes),
  };
}

/**
 * Names sort the way a person reads them; ISO timestamps of one format sort correctly as plain
 * strings. `idOf` breaks ties so pages never overlap.
 */
export function sortRecords<T extends Listable>(
  items: readonly T[],
  request: ListRequest<string>,
  idOf: (item: T) => string,
): T[] {
  const key = request.orderKey;
  const direction = request.orderType === "ASC" ? 1 : -1;
  return [...items].sort((a, b) => {
    const primary =
      key === "Name" ? a.Name.localeCompare(b.Name, "en") : compareText(a[key], b[key]);
    return (primary !== 0 ? primary : compareText(idOf(a), idOf(b))) * direction;
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function pageOf<T>(items: readonly T[], pageNumber: number, pageSize: number): T[] {
  const start = (pageNumber - 1) * pageSize;
  return items.slice(start, start + pageSize);
}

export function fuzzyMatch(value: string, searchKey: string): boolean {
  return value.toLowerCase().includes(searchKey.toLowerCase());
}
