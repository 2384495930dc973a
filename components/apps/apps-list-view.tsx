import { useTranslations } from "next-intl";
import { ListSearchForm } from "@/components/browse/list-search-form";
import { LoadError } from "@/components/browse/load-error";
import { PaginationNav } from "@/components/browse/pagination-nav";
import type { ListState } from "@/lib/browse/list-state";
import type { EsaErrorPublic } from "@/lib/esa/types";
import type { VisibleAppPage } from "@/lib/browse/load-visible-apps";
import { AppsEmpty } from "./apps-empty";
import { AppsTable } from "./apps-table";

export type AppsResult =
  | { ok: true; page: VisibleAppPage; createRefusals?: Record<string, string> }
  | { ok: false; error: EsaErrorPublic };

interface AppsListViewProps {
  state: ListState;
  defaults: ListState;
  result: AppsResult;
}

export function AppsListView({ state, defaults, result }: AppsListViewProps) {
  const t = useTranslations("apps");
  const count = (total: number) =>
    state.q ? t("countMatching", { count: total, q: state.q }) : t("count", { count: total });
  return (
    <main className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">
          {result.ok ? count(result.page.totalCount) : t("subtitle")}
        </p>
      </div>
      <ListSearchForm
        pathname="/apps"
        state={state}
        defaults={defaults}
        label={t("searchLabel")}
        landmarkLabel={t("searchLandmark")}
        idLabel={t("idLabel")}
        idPrefix="apps-search"
      />
      {result.ok && <HiddenAppsNote page={result.page} />}
      {!result.ok ? (
        <LoadError title={t("loadFailed")} error={result.error} />
      ) : result.page.items.length === 0 ? (
        <AppsEmpty state={state} defaults={defaults} totalCount={result.page.totalCount} />
      ) : (
        <>
          <AppsTable
            apps={result.page.items}
            state={state}
            defaults={defaults}
            createRefusals={result.createRefusals}
          />
          <PaginationNav
            state={state}
            defaults={defaults}
            pathname="/apps"
            totalCount={result.page.totalCount}
            kind="apps"
          />
        </>
      )}
    </main>
  );
}

/** Says when the list is shorter than ESA's because of the person's grants. */
function HiddenAppsNote({ page }: { page: VisibleAppPage }) {
  const t = useTranslations("apps");
  if (page.hiddenCount === 0 && !page.scannedOf) return null;
  const sentences = [
    page.hiddenCount > 0 ? t("hidden", { count: page.hiddenCount }) : null,
    page.scannedOf ? t("scanned", page.scannedOf) : null,
  ];
  return (
    <p className="text-sm text-muted-foreground" data-testid="hidden-apps-note">
      {sentences.filter(Boolean).join(" ")}
    </p>
  );
}
