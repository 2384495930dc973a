import { useTranslations } from "next-intl";
import { EmptyList } from "@/components/browse/empty-list";
import { lastPage, listHref, type ListState } from "@/lib/browse/list-state";

interface AppsEmptyProps {
  state: ListState;
  defaults: ListState;
  totalCount: number;
}

/** Three different empties: nothing matches the search, the page is past the end, or no apps. */
export function AppsEmpty({ state, defaults, totalCount }: AppsEmptyProps) {
  const t = useTranslations();
  if (totalCount > 0) {
    const last = lastPage(totalCount, state.size);
    return (
      <EmptyList
        title={t("browse.pastEnd", { page: state.page })}
        action={{
          label: t("browse.goToPage", { page: last }),
          href: listHref("/apps", state, defaults, { page: last }),
        }}
      >
        {t("apps.empty.pastEndBody", { count: totalCount, pages: last })}
      </EmptyList>
    );
  }
  if (state.q !== "") {
    return (
      <EmptyList
        title={t("apps.empty.noMatch", { q: state.q })}
        action={{
          label: t("browse.search.clear"),
          href: listHref("/apps", state, defaults, { q: "", page: 1 }),
        }}
      >
        {t("apps.empty.noMatchBody", { by: state.by })}
      </EmptyList>
    );
  }
  return <EmptyList title={t("apps.empty.none")}>{t("apps.empty.noneBody")}</EmptyList>;
}
