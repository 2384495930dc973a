import type { Metadata } from "next";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { getTranslations } from "next-intl/server";

import { Breadcrumbs } from "@/components/browse/breadcrumbs";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProductionControls } from "@/components/release/production-controls";
import { ReleaseView } from "@/components/release/release-view";
import { requireAppPage } from "@/lib/access/guard";
import { appPermissionsInWords } from "@/lib/access/page-permissions";
import { appHref } from "@/lib/browse/paths";
import { releaseStateKey } from "@/lib/browse/query-keys";
import { EsaError } from "@/lib/esa/errors";
import { readReleaseState } from "@/lib/release/read-release-state";

interface ReleasePageProps {
  params: Promise<{ appId: string }>;
}

export async function generateMetadata({ params }: ReleasePageProps): Promise<Metadata> {
  const { appId } = await params;
  const t = await getTranslations("release.page");
  return { title: t("title", { appId }) };
}

/** An app's release view: the first state is read here; the client follows it while it moves. */
export default async function ReleasePage({ params }: ReleasePageProps) {
  const { appId } = await params;
  const actor = await requireAppPage(appId, "viewer");
  const t = await getTranslations("release.page");
  const client = new QueryClient();
  try {
    client.setQueryData(releaseStateKey(appId), await readReleaseState(appId));
  } catch (error) {
    // The client asks again and shows ESA's failure if it persists.
    if (!(error instanceof EsaError)) throw error;
  }
  return (
    <main className="grid gap-6">
      <Breadcrumbs
        items={[
          { label: t("applications"), href: "/apps" },
          { label: actor.app.name, href: appHref(appId) },
          { label: t("release") },
        ]}
      />
      <h1 className="text-2xl font-semibold break-all">{t("heading", { app: actor.app.name })}</h1>
      <ClientMessages namespaces={["release"]}>
        <HydrationBoundary state={dehydrate(client)}>
          <ReleaseView
            appId={appId}
            productionControls={
              <ProductionControls appId={appId} refusal={(await appPermissionsInWords(actor.app.name, actor.role)).refusals["release.publish-production"]} />
            }
          />
        </HydrationBoundary>
      </ClientMessages>
    </main>
  );
}
