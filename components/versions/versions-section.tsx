import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ListSearchForm } from "@/components/browse/list-search-form";
import { LoadError } from "@/components/browse/load-error";
import type { ListState } from "@/lib/browse/list-state";
import { appHref } from "@/lib/browse/paths";
import { releaseStateKey, versionListKey } from "@/lib/browse/query-keys";
import type { ReleaseState } from "@/lib/release/release-state";
import type { VersionPage } from "@/lib/browse/version-summary";
import type { EsaErrorPublic } from "@/lib/esa/types";
import { VersionsPanel } from "./versions-panel";

export type VersionsResult = { ok: true; page: VersionPage } | { ok: false; error: EsaErrorPublic };

interface VersionsSectionProps {
  appId: string;
  state: ListState;
  defaults: ListState;
  result: VersionsResult;
  createRefusal?: string;
  /** Where versions run, read with the page; the client reads it when absent. */
  releaseState?: ReleaseState;
}

/** Server part of the version list: the search form, and the first page seeded into the query
 * cache for the client panel that keeps it fresh. */
export function VersionsSection({
  appId,
  state,
  defaults,
  result,
  createRefusal,
  releaseState,
}: VersionsSectionProps) {
  const t = useTranslations("versions");
  const tb = useTranslations("browse");
  const pathname = appHref(appId);
  /** "3 failed versions matching “api”". */
  const versionCount = (count: number) => {
    const { q } = state;
    if (!state.status || state.status === "any")
      return q ? t("countMatching", { count, q }) : t("count", { count });
    const status = tb(`status.${state.status}`);
    return q ? t("countStatusMatching", { count, status, q }) : t("countStatus", { count, status });
  };
  let body: React.ReactNode;
  if (result.ok) {
    const client = new QueryClient();
    client.setQueryData(versionListKey(appId, state), result.page);
    if (releaseState) client.setQueryData(releaseStateKey(appId), releaseState);
    body = (
      <HydrationBoundary state={dehydrate(client)}>
        <VersionsPanel
          appId={appId}
          pathname={pathname}
          state={state}
          defaults={defaults}
          createRefusal={createRefusal}
        />
      </HydrationBoundary>
    );
  } else {
    body = <LoadError title={t("loadFailed")} error={result.error} />;
  }
  return (
    <section aria-labelledby="versions-title" className="grid gap-4">
      <div className="grid gap-1">
        <h2 id="versions-title" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">
          {result.ok && `${versionCount(result.page.totalCount)}. `}
          {t("intro")}
        </p>
      </div>
      <ListSearchForm
        pathname={pathname}
        state={state}
        defaults={defaults}
        label={t("searchLabel")}
        landmarkLabel={t("searchLandmark")}
        idLabel={t("idLabel")}
        idPrefix="versions-search"
        statusLabel={t("statusLabel")}
      />
      {body}
    </section>
  );
}

