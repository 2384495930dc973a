import Link from "next/link";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { lastPage, listHref, type ListState } from "@/lib/browse/list-state";

interface PaginationNavProps {
  state: ListState;
  defaults: ListState;
  pathname: string;
  totalCount: number;
  /** What the list holds, for the summary ("… of 48 applications"). */
  kind: "apps" | "versions";
}

interface PageLinkProps {
  href: string;
  label: string;
  icon: React.ReactNode;
  iconAfter?: boolean;
  disabled: boolean;
}

function PageLink({ href, label, icon, iconAfter = false, disabled }: PageLinkProps) {
  const className = cn(buttonVariants({ variant: "outline", size: "sm" }));
  const content = iconAfter ? (
    <>
      {label}
      {icon}
    </>
  ) : (
    <>
      {icon}
      {label}
    </>
  );
  // A disabled link is no link at all: a span, so keyboard users do not land on it.
  if (disabled) {
    return (
      <span aria-disabled="true" className={cn(className, "pointer-events-none opacity-50")}>
        {content}
      </span>
    );
  }
  return (
    <Link href={href} className={className}>
      {content}
    </Link>
  );
}

export function PaginationNav({ state, defaults, pathname, totalCount, kind }: PaginationNavProps) {
  const t = useTranslations("browse.pagination");
  const last = lastPage(totalCount, state.size);
  const from = totalCount === 0 ? 0 : Math.min((state.page - 1) * state.size + 1, totalCount);
  const to = Math.min(state.page * state.size, totalCount);
  const href = (page: number) => listHref(pathname, state, defaults, { page });
  return (
    <nav
      aria-label={t("label")}
      className="flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      <p className="text-muted-foreground" data-testid="page-summary">
        {totalCount === 0
          ? t("empty", { kind, page: state.page, pages: last })
          : t("summary", { from, to, total: totalCount, kind, page: state.page, pages: last })}
      </p>
      <div className="flex flex-wrap gap-2">
        <PageLink
          href={href(1)}
          label={t("first")}
          icon={<ChevronsLeft aria-hidden />}
          disabled={state.page <= 1}
        />
        <PageLink
          href={href(Math.min(state.page - 1, last))}
          label={t("previous")}
          icon={<ChevronLeft aria-hidden />}
          disabled={state.page <= 1}
        />
        <PageLink
          href={href(state.page + 1)}
          label={t("next")}
          icon={<ChevronRight aria-hidden />}
          iconAfter
          disabled={state.page >= last}
        />
        <PageLink
          href={href(last)}
          label={t("last")}
          icon={<ChevronsRight aria-hidden />}
          iconAfter
          disabled={state.page >= last}
        />
      </div>
    </nav>
  );
}
