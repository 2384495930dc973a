import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { ListSearchForm } from "@/components/browse/list-search-form";
import { LoadError } from "@/components/browse/load-error";
import type { ListState } from "@/lib/browse/list-state";
import { appHref } from "@/lib/browse/paths";
import { versionListKey } from "@/lib/browse/query-keys";
import type { VersionSummary } from "@/lib/browse/version-summary";
import type { EsaErrorPublic } from "@/lib/esa/types";
import type { Page } from "@/lib/esa/types";
import { VersionsPanel } from "./versions-panel";

export type VersionsResult =
  { ok: true; page: Page<VersionSummary> } | { ok: false; error: EsaErrorPublic };

interface VersionsSectionProps {
  appId: string;
  state: ListState;
  defaults: ListState;
  result: VersionsResult;
}

/** Server part of the version list: the search form, and the first page seeded into the query
 * cache for the client panel that keeps it fresh. */
export function VersionsSection({ appId, state, defaults, result }: VersionsSectionProps) {
  const pathname = appHref(appId);
  let body: React.ReactNode;
  if (result.ok) {
    const client = new QueryClient();
    client.setQueryData(versionListKey(appId, state), result.page);
    body = (
      <HydrationBoundary state={dehydrate(client)}>
        <VersionsPanel appId={appId} pathname={pathname} state={state} defaults={defaults} />
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
          {result.ok
            ? `${result.page.totalCount} ${result.page.totalCount === 1 ? "version" : "versions"}${state.q ? ` matching “${state.q}”` : ""}. A version cannot be changed: to change one, create a new version from it.`
            : "A version cannot be changed: to change one, create a new version from it."}
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
      />
      {body}
    </section>
  );
}
