import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppDetails } from "@/components/apps/app-details";
import { AppHeader } from "@/components/apps/app-header";
import { LoadError } from "@/components/browse/load-error";
import { ClientMessages } from "@/components/i18n/client-messages";
import { VersionsSection, type VersionsResult } from "@/components/versions/versions-section";
import { requireAppPage } from "@/lib/access/guard";
import { appPermissionsInWords } from "@/lib/access/page-permissions";
import { VERSION_LIST_DEFAULTS } from "@/lib/browse/list-state";
import { parseListState } from "@/lib/browse/list-state-parse";
import { loadVersionPage } from "@/lib/browse/load-version-page";
import { meansAppMissing } from "@/lib/browse/not-found";
import { getAppOnce } from "@/lib/browse/request-reads";
import { EsaError } from "@/lib/esa/errors";
import { renderForRequest } from "@/lib/i18n/server-translate";
import { readReleaseState } from "@/lib/release/read-release-state";

interface AppPageProps {
  params: Promise<{ appId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: AppPageProps): Promise<Metadata> {
  const { appId } = await params;
  return { title: appId };
}

/** Expected failures become values; anything else propagates to error.tsx. */
function publicError(error: unknown) {
  if (error instanceof EsaError) return error;
  throw error;
}

export default async function AppPage({ params, searchParams }: AppPageProps) {
  const { appId } = await params;
  const actor = await requireAppPage(appId, "viewer");
  const t = await getTranslations("apps");
  const refusal = (await appPermissionsInWords(actor.app.name, actor.role)).refusals["version.create"];
  const createRefusal = refusal === undefined ? undefined : await renderForRequest(refusal);
  const state = parseListState(await searchParams, VERSION_LIST_DEFAULTS);
  const [app, versions, release] = await Promise.allSettled([
    getAppOnce(appId),
    loadVersionPage(appId, state),
    readReleaseState(appId),
  ]);
  // Where versions run is extra: without it the list still shows, and the client reads it again.
  if (release.status === "rejected") publicError(release.reason);

  if (app.status === "rejected") {
    const error = publicError(app.reason);
    if (meansAppMissing(error.code)) notFound();
    return (
      <main className="grid gap-6">
        <AppHeader appId={appId} name={appId} createRefusal={createRefusal} />
        <LoadError title={t("loadAppFailed")} error={error.toPublic()} />
      </main>
    );
  }
  const result: VersionsResult =
    versions.status === "fulfilled"
      ? { ok: true, page: versions.value }
      : { ok: false, error: publicError(versions.reason).toPublic() };

  return (
    <main className="grid gap-8">
      <AppHeader appId={appId} name={app.value.app.name || appId} createRefusal={createRefusal} />
      <AppDetails app={app.value.app} />
      {/* The version list refreshes in the browser: its table, pagination and status words. */}
      <ClientMessages namespaces={["versions", "browse"]}>
        <VersionsSection
          appId={appId}
          state={state}
          defaults={VERSION_LIST_DEFAULTS}
          result={result}
          createRefusal={createRefusal}
          releaseState={release.status === "fulfilled" ? release.value : undefined}
        />
      </ClientMessages>
    </main>
  );
}
