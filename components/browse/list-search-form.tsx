import Form from "next/form";
import Link from "next/link";
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, selectClassName } from "@/components/ui/input";
import {
  listHref,
  MAX_SEARCH_LENGTH,
  PAGE_SIZES,
  STATUS_FILTERS,
  type ListState,
} from "@/lib/browse/list-state";

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
  /** Label of the status filter, shown when the list's state has one. */
  statusLabel?: string;
}

/**
 * A plain GET form (next/form adds client-side navigation when JavaScript runs): the search
 * (and, for versions, the status filter) becomes the URL, so it works without JavaScript and can
 * be shared. Sort and page size are kept; a new search starts again at page 1.
 */
export function ListSearchForm({
  pathname,
  state,
  defaults,
  label,
  landmarkLabel,
  idLabel,
  idPrefix,
  statusLabel,
}: ListSearchFormProps) {
  const t = useTranslations("browse.search");
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
      <SelectField id={id("by")} name="by" label={t("by")} defaultValue={state.by}>
        <option value="name">{t("byName")}</option>
        <option value="id">{idLabel}</option>
      </SelectField>
      {state.status !== undefined && statusLabel && (
        <SelectField
          id={id("status")}
          name="status"
          label={statusLabel}
          defaultValue={state.status}
        >
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField id={id("size")} name="size" label={t("perPage")} defaultValue={String(state.size)}>
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </SelectField>
      <input type="hidden" name="sort" value={state.sort} />
      <input type="hidden" name="order" value={state.order} />
      <Button type="submit">
        <Search aria-hidden />
        {t("submit")}
      </Button>
      {state.q !== "" && (
        <Button asChild variant="ghost">
          <Link href={listHref(pathname, state, defaults, { q: "", page: 1 })}>{t("clear")}</Link>
        </Button>
      )}
    </Form>
  );
}

interface SelectFieldProps {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  children: React.ReactNode;
}

/** A labelled native select: submitted with the form, so it works without JavaScript. */
function SelectField({ id, name, label, defaultValue, children }: SelectFieldProps) {
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={selectClassName}>
        {children}
      </select>
    </div>
  );
}
