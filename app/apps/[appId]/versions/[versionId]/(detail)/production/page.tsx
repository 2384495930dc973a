import type { Metadata } from "next";

import { Breadcrumbs } from "@/components/browse/breadcrumbs";
import { LoadError } from "@/components/browse/load-error";
import { ProductionPublishForm } from "@/components/release/production-publish-form";
import { requireAppPage } from "@/lib/access/guard";
import { appPermissions } from "@/lib/access/permissions";
import { appHref, releaseHref } from "@/lib/browse/paths";
import { getDb } from "@/lib/db/handle";
import { EsaError } from "@/lib/esa/errors";
import { listDeployRegions } from "@/lib/esa/release-operations";
import { fourEyesApplies } from "@/lib/release/four-eyes-setting";
import { readFourEyesSetting } from "@/lib/release/four-eyes-setting-store";
import { loadProductionContext } from "@/lib/release/production-context";

import { requestProductionAction } from "../../../../release/production-actions";

interface ProductionPageProps {
  params: Promise<{ appId: string; versionId: string }>;
}

export async function generateMetadata({ params }: ProductionPageProps): Promise<Metadata> {
  const { versionId } = await params;
  return { title: `Publish ${versionId} to production` };
}

/** Publish to production (or raise the share of the version being published), after a review. */
export default async function ProductionPage({ params }: ProductionPageProps) {
  const { appId, versionId } = await params;
  const actor = await requireAppPage(appId, "viewer");
  const { refusals } = appPermissions(actor.app.name, actor.role);
  const crumbs = [
    { label: "Applications", href: "/apps" },
    { label: actor.app.name, href: appHref(appId) },
    { label: versionId, href: `${appHref(appId)}/versions/${encodeURIComponent(versionId)}` },
    { label: "Production" },
  ];
  let loaded;
  try {
    const [{ context }, { regions }, fourEyes] = await Promise.all([
      loadProductionContext(appId, versionId),
      listDeployRegions(appId),
      readFourEyesSetting(await getDb()),
    ]);
    loaded = { context, regions, fourEyes: fourEyesApplies(fourEyes, actor.app) };
  } catch (error) {
    if (!(error instanceof EsaError)) throw error;
    return (
      <main className="grid gap-6">
        <Breadcrumbs items={crumbs} />
        <h1 className="text-2xl font-semibold break-all">Publish {versionId} to production</h1>
        <LoadError title="Could not read production's status" error={error.toPublic()} />
      </main>
    );
  }
  const raise = loaded.context.kind === "raise";
  return (
    <main className="grid gap-6">
      <Breadcrumbs items={crumbs} />
      <h1 className="text-2xl font-semibold break-all">
        {raise ? `Raise ${versionId} in production` : `Publish ${versionId} to production`}
      </h1>
      <p className="text-sm">
        {loaded.context.productionSummary}{" "}
        <a href={releaseHref(appId)} className="text-primary underline-offset-4 hover:underline">
          Release view
        </a>
      </p>
      <ProductionPublishForm
        appId={appId}
        versionId={versionId}
        context={loaded.context}
        regions={loaded.regions}
        fourEyes={loaded.fourEyes}
        action={requestProductionAction}
        refusal={refusals["release.publish-production"]}
      />
    </main>
  );
}
