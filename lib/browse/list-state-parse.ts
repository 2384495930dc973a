import { z } from "zod";
import {
  MAX_PAGE,
  MAX_SEARCH_LENGTH,
  PAGE_SIZES,
  SEARCH_FIELDS,
  SORT_KEYS,
  SORT_ORDERS,
  STATUS_FILTERS,
  type ListState,
} from "./list-state";

// A list's state read from its URL (server side: the list pages and the versions route). Apart
// from list-state.ts so the browser, which only writes list URLs, loads no zod for them.

// `?q=a&q=b` arrives as an array: the first value counts.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export function listStateSchema(defaults: ListState) {
  // A list without a status in its defaults has no status filter: the key is left out.
  const status = z
    .preprocess(first, z.enum(STATUS_FILTERS))
    .catch(defaults.status ?? "any")
    .transform((value) => (defaults.status === undefined ? undefined : value));
  return z.object({
    q: z.preprocess(first, z.string().trim().max(MAX_SEARCH_LENGTH)).catch(defaults.q),
    by: z.preprocess(first, z.enum(SEARCH_FIELDS)).catch(defaults.by),
    status,
    sort: z.preprocess(first, z.enum(SORT_KEYS)).catch(defaults.sort),
    order: z.preprocess(first, z.enum(SORT_ORDERS)).catch(defaults.order),
    page: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(defaults.page),
    size: z
      .preprocess(
        first,
        z.coerce.number().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)),
      )
      .catch(defaults.size),
  });
}

export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseListState(input: SearchParamsInput, defaults: ListState): ListState {
  const record = input instanceof URLSearchParams ? Object.fromEntries(input.entries()) : input;
  return listStateSchema(defaults).parse(record);
}
