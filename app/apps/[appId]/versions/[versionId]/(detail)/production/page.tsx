import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Breadcrumbs } from "@/components/browse/breadcrumbs";
import { LoadError } from "@/components/browse/load-error";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProductionPublishForm } from "@/components/release/production-publish-form";
import { requireAppPage } from "@/lib/access/guard";
import { appPermissionsInWords } from "@/lib/access/page-permissions";
import { appHref, releaseHref } from "@/lib/browse/paths";
import { getDb } from "@/lib/db/handle";
import { EsaError } from "@/lib/esa/errors";
import { listDeployRegions } from "@/lib/esa/release-operations";
import { renderForRequest } from "@/lib/i18n/server-translate";
import { fourEyesApplies } from "@/lib/release/four-eyes-setting";
import { readFourEyesSetting } from "@/lib/release/four-eyes-setting-store";
import { loadProductionContext } from "@/lib/release/production-context";

import { requestProductionAction } from "../../../../release/production-actions";

interface ProductionPageProps {
  params: Promise<{ appId: string; versionId: string }>;
}

export async function generateMetadata({ params }: ProductionPageProps): Promise<Metadata> {
  const { versionId } = await params;
  const t = await getTranslations("release.production");
  return { title: t("pageTitle", { version: versionId }) };
}

/** Publish to production (or raise the share of the version being published), after a review. */
export default async function ProductionPage({ params }: ProductionPageProps) {
  const { appId, versionId } = await params;
  const actor = await requireAppPage(appId, "viewer");
  const { refusals } = (await appPermissionsInWords(actor.app.name, actor.role));
  const t = await getTranslations("release");
  const crumbs = [
    { label: t("page.applications"), href: "/apps" },
    { label: actor.app.name, href: appHref(appId) },
    { label: versionId, href: `${appHref(appId)}/versions/${encodeURIComponent(versionId)}` },
    { label: t("page.production") },
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
        <h1 className="text-2xl font-semibold break-all">
          {t("production.pageTitle", { version: versionId })}
        </h1>
        <LoadError title={t("production.loadFailed")} error={error.toPublic()} />
      </main>
    );
  }
  const raise = loaded.context.kind === "raise";
  return (
    <main className="grid gap-6">
      <Breadcrumbs items={crumbs} />
      <h1 className="text-2xl font-semibold break-all">
        {raise
          ? t("production.raiseTitle", { version: versionId })
          : t("production.pageTitle", { version: versionId })}
      </h1>
      <p className="text-sm">
        {await renderForRequest(loaded.context.productionSummary)}{" "}
        <a href={releaseHref(appId)} className="text-primary underline-offset-4 hover:underline">
          {t("production.releaseView")}
        </a>
      </p>
      <ClientMessages namespaces={["release", "diff", "esa"]}>
        <ProductionPublishForm
          appId={appId}
          versionId={versionId}
          context={loaded.context}
          regions={loaded.regions}
          fourEyes={loaded.fourEyes}
          action={requestProductionAction}
          refusal={refusals["release.publish-production"]}
        />
      </ClientMessages>
    </main>
  );
}
