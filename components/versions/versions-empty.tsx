import { useTranslations } from "next-intl";
import { EmptyList } from "@/components/browse/empty-list";
import { lastPage, listHref, type ListState } from "@/lib/browse/list-state";
import { newVersionHref } from "@/lib/browse/paths";

interface VersionsEmptyProps {
  appId: string;
  pathname: string;
  state: ListState;
  defaults: ListState;
  totalCount: number;
  createRefusal?: string;
}

export function VersionsEmpty({
  appId,
  pathname,
  state,
  defaults,
  totalCount,
  createRefusal,
}: VersionsEmptyProps) {
  const t = useTranslations();
  if (totalCount > 0) {
    const last = lastPage(totalCount, state.size);
    return (
      <EmptyList
        title={t("browse.pastEnd", { page: state.page })}
        action={{
          label: t("browse.goToPage", { page: last }),
          href: listHref(pathname, state, defaults, { page: last }),
        }}
      />
    );
  }
  if (state.status !== undefined && state.status !== "any") {
    const status = t(`browse.status.${state.status}`);
    return (
      <EmptyList
        title={state.q ? t("versions.empty.noStatusMatching", { status, q: state.q }) : t("versions.empty.noStatus", { status })}
        action={{
          label: t("versions.empty.everyStatus"),
          href: listHref(pathname, state, defaults, { status: "any", page: 1 }),
        }}
      />
    );
  }
  if (state.q !== "") {
    return (
      <EmptyList
        title={t("versions.empty.noMatch", { q: state.q })}
        action={{
          label: t("browse.search.clear"),
          href: listHref(pathname, state, defaults, { q: "", page: 1 }),
        }}
      >
        {t("versions.empty.noMatchBody", { by: state.by })}
      </EmptyList>
    );
  }
  return (
    <EmptyList
      title={t("versions.empty.none")}
      action={
        createRefusal ? undefined : { label: t("versions.empty.createFirst"), href: newVersionHref(appId) }
      }
    >
      {createRefusal}
    </EmptyList>
  );
}
