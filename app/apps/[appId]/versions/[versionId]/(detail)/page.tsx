import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { Breadcrumbs } from "@/components/browse/breadcrumbs";
import { LoadError } from "@/components/browse/load-error";
import { VersionTemplateLine } from "@/components/library/version-template-line";
import { VersionDetail } from "@/components/versions/version-detail";
import { requireAppPage } from "@/lib/access/guard";
import { appPermissions } from "@/lib/access/permissions";
import { versionProvenance } from "@/lib/audit/version-provenance";
import { redactVersion } from "@/lib/browse/redact-version";
import { getDb } from "@/lib/db/handle";
import { versionOrigins } from "@/lib/library/version-origin";
import { meansVersionMissing } from "@/lib/browse/not-found";
import { appHref } from "@/lib/browse/paths";
import { versionKey } from "@/lib/browse/query-keys";
import { EsaError } from "@/lib/esa/errors";
import { getAppOnce, getVersionOnce } from "@/lib/browse/request-reads";
import { revealVersionSecretsAction } from "./actions";

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
  const { refusals } = appPermissions(actor.app.name, actor.role);
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
    { label: "Applications", href: "/apps" },
    { label: name, href: appHref(appId) },
    { label: result.ok ? result.version.name || versionId : versionId },
  ];
  if (!result.ok) {
    return (
      <main className="grid gap-6">
        <Breadcrumbs items={crumbs} />
        <h1 className="text-2xl font-semibold break-all">{versionId}</h1>
        <LoadError title="Could not load the version" error={result.error.toPublic()} />
      </main>
    );
  }
  const db = await getDb();
  const [provenance, origins] = await Promise.all([
    versionProvenance(db, appId, result.version),
    versionOrigins(db, appId, result.version.versionId || versionId),
  ]);
  const client = new QueryClient();
  // Redacted for everyone: the real values come only from the audited reveal action.
  client.setQueryData(versionKey(appId, versionId), redactVersion(result.version));
  return (
    <main className="grid gap-6">
      <Breadcrumbs items={crumbs} />
      <HydrationBoundary state={dehydrate(client)}>
        <VersionDetail
          appId={appId}
          versionId={versionId}
          revealAction={revealVersionSecretsAction}
          revealRefusal={refusals["version.reveal-secrets"]}
          createRefusal={refusals["version.create"]}
          provenance={provenance}
        />
      </HydrationBoundary>
      <VersionTemplateLine origins={origins} />
    </main>
  );
}
