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
  return (
    <main className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">Applications</h1>
        <p className="text-sm text-muted-foreground">
          {result.ok
            ? `${result.page.totalCount} edge container ${result.page.totalCount === 1 ? "application" : "applications"}${state.q ? ` matching “${state.q}”` : ""}`
            : "Edge container applications"}
        </p>
      </div>
      <ListSearchForm
        pathname="/apps"
        state={state}
        defaults={defaults}
        label="Search applications"
        landmarkLabel="Find applications"
        idLabel="App ID"
        idPrefix="apps-search"
      />
      {result.ok && <HiddenAppsNote page={result.page} />}
      {!result.ok ? (
        <LoadError title="Could not load applications" error={result.error} />
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
            noun="applications"
          />
        </>
      )}
    </main>
  );
}

/** Says when the list is shorter than ESA's because of the person's grants. */
function HiddenAppsNote({ page }: { page: VisibleAppPage }) {
  if (page.hiddenCount === 0 && !page.scannedOf) return null;
  return (
    <p className="text-sm text-muted-foreground" data-testid="hidden-apps-note">
      {page.hiddenCount > 0 &&
        `${page.hiddenCount} ${page.hiddenCount === 1 ? "application is" : "applications are"} not shown: your grants do not cover ${page.hiddenCount === 1 ? "it" : "them"}. Ask an administrator if you need access. `}
      {page.scannedOf &&
        `Only the first ${page.scannedOf.read} of ${page.scannedOf.total} applications were checked; search by name to narrow the list.`}
    </p>
  );
}
