"use client";

import { useQuery } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { PaginationNav } from "@/components/browse/pagination-nav";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { fetchVersionPage } from "@/lib/browse/api-client";
import type { ListState } from "@/lib/browse/list-state";
import { SETTLE_POLL_MS, versionListKey } from "@/lib/browse/query-keys";
import { isSettling } from "@/lib/browse/version-summary";
import { useReleaseState } from "@/components/release/use-release-state";
import { describePlacement, placementOf } from "@/lib/release/version-placement";
import { VersionsEmpty } from "./versions-empty";
import { VersionsTable } from "./versions-table";

interface VersionsPanelProps {
  appId: string;
  pathname: string;
  state: ListState;
  defaults: ListState;
  /** Why this person may not create versions here; absent when they may. */
  createRefusal?: string;
}

/**
 * The version list. The server renders the first answer and hands it over through the query
 * cache (HydrationBoundary); while any listed version is `creating`, the list is asked for again
 * through /api/apps/[appId]/versions until every one has settled.
 */
export function VersionsPanel({
  appId,
  pathname,
  state,
  defaults,
  createRefusal,
}: VersionsPanelProps) {
  const t = useTranslations("versions");
  const render = useRenderMessage();
  const query = useQuery({
    queryKey: versionListKey(appId, state),
    queryFn: ({ signal }) => fetchVersionPage(appId, state, signal),
    refetchInterval: (q) =>
      q.state.data?.items.some((v) => isSettling(v.status)) ? SETTLE_POLL_MS : false,
  });
  const release = useReleaseState(appId).query.data;
  const runsOn = (versionId: string) =>
    release ? describePlacement(placementOf(release, versionId)).map(render) : null;
  const page = query.data;
  const settling = page?.items.some((v) => isSettling(v.status)) ?? false;

  if (!page) {
    // Only when the server could not seed the cache; the page renders the error itself then.
    return query.isError ? null : <p role="status">{t("loading")}</p>;
  }
  return (
    <div className="grid gap-4">
      <p role="status" className="flex min-h-5 items-center gap-2 text-sm text-muted-foreground">
        {settling && (
          <>
            <Loader2 aria-hidden className="size-4 animate-spin" />
            {t("settlingList")}
          </>
        )}
      </p>
      {query.isError && query.isRefetchError && (
        <Alert variant="warning">
          <AlertTitle>{t("refreshListFailed")}</AlertTitle>
          <AlertDescription>
            <p>{t("refreshListFailedBody", { message: render(query.error.message) })}</p>
          </AlertDescription>
        </Alert>
      )}
      {page.scannedOf && (
        <p className="text-sm text-muted-foreground">{t("scanned", page.scannedOf)}</p>
      )}
      {page.items.length === 0 ? (
        <VersionsEmpty
          appId={appId}
          pathname={pathname}
          state={state}
          defaults={defaults}
          totalCount={page.totalCount}
          createRefusal={createRefusal}
        />
      ) : (
        <>
          <VersionsTable
            appId={appId}
            versions={page.items}
            state={state}
            defaults={defaults}
            pathname={pathname}
            createRefusal={createRefusal}
            runsOn={runsOn}
          />
          <PaginationNav
            state={state}
            defaults={defaults}
            pathname={pathname}
            totalCount={page.totalCount}
            kind="versions"
          />
        </>
      )}
    </div>
  );
}
