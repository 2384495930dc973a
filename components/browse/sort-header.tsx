import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { TableHead } from "@/components/ui/table";
import { listHref, sortedBy, type ListState, type SortKey } from "@/lib/browse/list-state";

interface SortHeaderProps {
  label: string;
  sortKey: SortKey;
  state: ListState;
  defaults: ListState;
  pathname: string;
}

/** A column header that sorts by its column: a link, so sorting works without JavaScript and the
 * sorted view has a URL. `aria-sort` tells assistive tech which column orders the table. */
export function SortHeader({ label, sortKey, state, defaults, pathname }: SortHeaderProps) {
  const t = useTranslations("browse.sort");
  const active = state.sort === sortKey;
  const next = sortedBy(state, sortKey);
  const Icon = !active ? ArrowUpDown : state.order === "asc" ? ArrowUp : ArrowDown;
  return (
    <TableHead
      aria-sort={active ? (state.order === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        href={listHref(pathname, state, defaults, next)}
        className="inline-flex items-center gap-1 rounded-sm text-foreground hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-hidden"
        scroll={false}
      >
        {label}
        <Icon aria-hidden className="size-3.5" />
        <span className="sr-only">{next.order === "asc" ? t("ascending") : t("descending")}</span>
      </Link>
    </TableHead>
  );
}
