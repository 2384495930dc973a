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
import { ReleaseMessages } from "@/components/release/release-messages";

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
  const t = useTranslations();
  const pathname = appHref(appId);
  /** "3 failed versions matching “api”". */
  const versionCount = (count: number) => {
    const { q } = state;
    if (!state.status || state.status === "any")
      return q ? t("versions.countMatching", { count, q }) : t("versions.count", { count });
    const status = t(`browse.status.${state.status}`);
    return q ? t("versions.countStatusMatching", { count, status, q }) : t("versions.countStatus", { count, status });
  };
  let body: React.ReactNode;
  if (result.ok) {
    const client = new QueryClient();
    client.setQueryData(versionListKey(appId, state), result.page);
    if (releaseState) client.setQueryData(releaseStateKey(appId), releaseState);
    body = (
      <HydrationBoundary state={dehydrate(client)}>
        <ReleaseMessages>
          <VersionsPanel
            appId={appId}
            pathname={pathname}
            state={state}
            defaults={defaults}
            createRefusal={createRefusal}
          />
        </ReleaseMessages>
      </HydrationBoundary>
    );
  } else {
    body = <LoadError title={t("versions.loadFailed")} error={result.error} />;
  }
  return (
    <section aria-labelledby="versions-title" className="grid gap-4">
      <div className="grid gap-1">
        <h2 id="versions-title" className="text-xl font-semibold">
          {t("versions.title")}
        </h2>
        <p className="text-sm text-muted-foreground">
          {result.ok
            ? t("versions.introWithCount", { count: versionCount(result.page.totalCount) })
            : t("versions.intro")}
        </p>
      </div>
      <ListSearchForm
        pathname={pathname}
        state={state}
        defaults={defaults}
        label={t("versions.searchLabel")}
        landmarkLabel={t("versions.searchLandmark")}
        idLabel={t("versions.idLabel")}
        idPrefix="versions-search"
        statusLabel={t("versions.statusLabel")}
      />
      {body}
    </section>
  );
}

