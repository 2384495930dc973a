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
  const t = useTranslations("versions.empty");
  const tb = useTranslations("browse");
  if (totalCount > 0) {
    const last = lastPage(totalCount, state.size);
    return (
      <EmptyList
        title={tb("pastEnd", { page: state.page })}
        action={{
          label: tb("goToPage", { page: last }),
          href: listHref(pathname, state, defaults, { page: last }),
        }}
      />
    );
  }
  if (state.status !== undefined && state.status !== "any") {
    const status = tb(`status.${state.status}`);
    return (
      <EmptyList
        title={state.q ? t("noStatusMatching", { status, q: state.q }) : t("noStatus", { status })}
        action={{
          label: t("everyStatus"),
          href: listHref(pathname, state, defaults, { status: "any", page: 1 }),
        }}
      />
    );
  }
  if (state.q !== "") {
    return (
      <EmptyList
        title={t("noMatch", { q: state.q })}
        action={{
          label: tb("search.clear"),
          href: listHref(pathname, state, defaults, { q: "", page: 1 }),
        }}
      >
        {t("noMatchBody", { by: state.by })}
      </EmptyList>
    );
  }
  return (
    <EmptyList
      title={t("none")}
      action={
        createRefusal ? undefined : { label: t("createFirst"), href: newVersionHref(appId) }
      }
    >
      {createRefusal}
    </EmptyList>
  );
}
