import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { Breadcrumbs } from "@/components/browse/breadcrumbs";
import { LoadError } from "@/components/browse/load-error";
import { ClientMessages } from "@/components/i18n/client-messages";
import { VersionTemplateLine } from "@/components/library/version-template-line";
import { VersionDetail } from "@/components/versions/version-detail";
import { VersionReleasePanel } from "@/components/release/version-release-panel";
import { ProductionPublishLink } from "@/components/release/production-publish-link";
import { requireAppPage } from "@/lib/access/guard";
import { appPermissions } from "@/lib/access/permissions";
import { versionProvenance } from "@/lib/audit/version-provenance";
import { redactVersion } from "@/lib/browse/redact-version";
import { getDb } from "@/lib/db/handle";
import { versionOrigins } from "@/lib/library/version-origin";
import { meansVersionMissing } from "@/lib/browse/not-found";
import { appHref } from "@/lib/browse/paths";
import { releaseStateKey, versionKey } from "@/lib/browse/query-keys";
import { EsaError } from "@/lib/esa/errors";
import { localizeResult } from "@/lib/i18n/server-translate";
import { getAppOnce, getVersionOnce } from "@/lib/browse/request-reads";
import { readReleaseState } from "@/lib/release/read-release-state";
import { listRollbackTargets, type RollbackTarget } from "@/lib/release/rollback-targets";
import {
  deleteVersionAction,
  publishToStagingAction,
  rollbackAction,
} from "../../../release/actions";
import { revealVersionSecretsAction } from "./actions";

const RELEASE_ACTIONS = {
  publishStaging: publishToStagingAction,
  rollback: rollbackAction,
  deleteVersion: deleteVersionAction,
};

/** The release state and rollback targets to start from; ESA's failure leaves them to the client. */
async function releaseSeed(appId: string) {
  const [state, targets] = await Promise.allSettled([
    readReleaseState(appId),
    listRollbackTargets(appId),
  ]);
  for (const read of [state, targets])
    if (read.status === "rejected" && !(read.reason instanceof EsaError)) throw read.reason;
  return {
    state: state.status === "fulfilled" ? state.value : undefined,
    targets: targets.status === "fulfilled" ? targets.value : ([] as RollbackTarget[]),
  };
}

interface VersionPageProps {
  params: Promise<{ appId: string; versionId: string }>;
}

export async function generateMetadata({ params }: VersionPageProps): Promise<Metadata> {
  const { versionId } = await params;
  return { title: versionId };
}

/** The app's name for the breadcrumb; the version's own answer decides what the page shows. */
async function appName(appId: string): Promise<string> {
  try {
    return (await getAppOnce(appId)).app.name || appId;
  } catch {
    return appId;
  }
}

export default async function VersionPage({ params }: VersionPageProps) {
  const { appId, versionId } = await params;
  const actor = await requireAppPage(appId, "viewer");
  const t = await getTranslations();
  // Refusals may be message references (lib/access): client components show them as they are.
  const refusals = await localizeResult(appPermissions(actor.app.name, actor.role).refusals);
  const [name, result] = await Promise.all([
    appName(appId),
    getVersionOnce(appId, versionId).then(
      ({ version }) => ({ ok: true as const, version }),
      (error: unknown) => {
        if (error instanceof EsaError) return { ok: false as const, error };
        throw error;
      },
    ),
  ]);
  if (!result.ok && meansVersionMissing(result.error.code)) notFound();

  const crumbs = [
    { label: t("apps.title"), href: "/apps" },
    { label: name, href: appHref(appId) },
    { label: result.ok ? result.version.name || versionId : versionId },
  ];
  if (!result.ok) {
    return (
      <main className="grid gap-6">
        <Breadcrumbs items={crumbs} />
        <h1 className="text-2xl font-semibold break-all">{versionId}</h1>
        <LoadError title={t("versions.loadVersionFailed")} error={result.error.toPublic()} />
      </main>
    );
  }
  const db = await getDb();
  const [provenance, release, origins] = await Promise.all([
    versionProvenance(db, appId, result.version),
    releaseSeed(appId),
    versionOrigins(db, appId, result.version.versionId || versionId),
  ]);
  const client = new QueryClient();
  if (release.state) client.setQueryData(releaseStateKey(appId), release.state);
  // Redacted for everyone: the real values come only from the audited reveal action.
  client.setQueryData(versionKey(appId, versionId), redactVersion(result.version));
  return (
    <main className="grid gap-6">
      <Breadcrumbs items={crumbs} />
      {/* The version refreshes in the browser while ESA creates it: its words go along. */}
      <ClientMessages namespaces={["versions", "browse", "registry", "library"]}>
      <HydrationBoundary state={dehydrate(client)}>
        <VersionDetail
          appId={appId}
          versionId={versionId}
          revealAction={revealVersionSecretsAction}
          revealRefusal={refusals["version.reveal-secrets"]}
          createRefusal={refusals["version.create"]}
          registryRefusal={refusals["registry.read"]}
          provenance={provenance}
          release={
            <>
              <VersionReleasePanel
                appId={appId}
                versionId={versionId}
                name={result.version.name}
                targets={release.targets}
                actions={RELEASE_ACTIONS}
                refusals={{
                  publishStaging: refusals["release.publish-staging"],
                  rollback: refusals["release.rollback"],
                  deleteVersion: refusals["version.delete"],
                }}
              />
              <ProductionPublishLink
                appId={appId}
                versionId={versionId}
                refusal={refusals["release.publish-production"]}
              />
            </>
          }
        />
      </HydrationBoundary>
      </ClientMessages>
      <VersionTemplateLine origins={origins} />
    </main>
  );
}
