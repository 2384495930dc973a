import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
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
  const pathname = appHref(appId);
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
    body = <LoadError title="Could not load the versions" error={result.error} />;
  }
  return (
    <section aria-labelledby="versions-title" className="grid gap-4">
      <div className="grid gap-1">
        <h2 id="versions-title" className="text-xl font-semibold">
          Versions
        </h2>
        <p className="text-sm text-muted-foreground">
          {result.ok && `${versionCount(result.page.totalCount, state)}. `}A version cannot be
          changed: to change one, create a new version from it.
        </p>
      </div>
      <ListSearchForm
        pathname={pathname}
        state={state}
        defaults={defaults}
        label="Search versions"
        landmarkLabel="Find versions"
        idLabel="Version ID"
        idPrefix="versions-search"
        statusLabel="Status"
      />
      {body}
    </section>
  );
}

/** "3 failed versions matching “api”". */
function versionCount(count: number, state: ListState): string {
  const status = state.status && state.status !== "any" ? `${state.status} ` : "";
  const noun = count === 1 ? "version" : "versions";
  return `${count} ${status}${noun}${state.q ? ` matching “${state.q}”` : ""}`;
}
