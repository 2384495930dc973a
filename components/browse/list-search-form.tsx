import Form from "next/form";
import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, selectClassName } from "@/components/ui/input";
import { listHref, MAX_SEARCH_LENGTH, PAGE_SIZES, type ListState } from "@/lib/browse/list-state";

interface ListSearchFormProps {
  /** Where the form GETs to: the list's own path. */
  pathname: string;
  state: ListState;
  defaults: ListState;
  /** Visible label of the search box, e.g. "Search applications". */
  label: string;
  /** Name of the search landmark, distinct from the box's label, e.g. "Find applications". */
  landmarkLabel: string;
  /** Label of the "id" choice, e.g. "App ID". */
  idLabel: string;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
}

/**
 * A plain GET form (next/form adds client-side navigation when JavaScript runs): the search
 * becomes the URL, so it works without JavaScript and can be shared. Sort and page size are
 * kept; a new search starts again at page 1.
 */
export function ListSearchForm({
  pathname,
  state,
  defaults,
  label,
  landmarkLabel,
  idLabel,
  idPrefix,
}: ListSearchFormProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <Form
      action={pathname}
      role="search"
      aria-label={landmarkLabel}
      className="flex flex-wrap items-end gap-3"
    >
      <div className="grid min-w-56 flex-1 gap-1.5">
        <label htmlFor={id("q")} className="text-sm font-medium">
          {label}
        </label>
        <Input
          id={id("q")}
          name="q"
          type="search"
          defaultValue={state.q}
          maxLength={MAX_SEARCH_LENGTH}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="grid gap-1.5">
        <label htmlFor={id("by")} className="text-sm font-medium">
          Search by
        </label>
        <select id={id("by")} name="by" defaultValue={state.by} className={selectClassName}>
          <option value="name">Name</option>
          <option value="id">{idLabel}</option>
        </select>
      </div>
      <div className="grid gap-1.5">
        <label htmlFor={id("size")} className="text-sm font-medium">
          Per page
        </label>
        <select
          id={id("size")}
          name="size"
          defaultValue={String(state.size)}
          className={selectClassName}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <input type="hidden" name="sort" value={state.sort} />
      <input type="hidden" name="order" value={state.order} />
      <Button type="submit">
        <Search aria-hidden />
        Search
      </Button>
      {state.q !== "" && (
        <Button asChild variant="ghost">
          <Link href={listHref(pathname, state, defaults, { q: "", page: 1 })}>Clear search</Link>
        </Button>
      )}
    </Form>
  );
}
