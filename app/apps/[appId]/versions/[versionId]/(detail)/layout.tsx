import { requireAppPage } from "@/lib/access/guard";
import { notFoundUnlessVersionExists } from "@/lib/browse/request-reads";

// Outside this folder's loading.tsx boundary on purpose: a missing version (404) or a person
// without viewer access to its app (403, audited) is decided before the skeleton streams, so the
// response can still say so (../not-found.tsx, app/apps/[appId]/forbidden.tsx).
export default async function VersionDetailLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ appId: string; versionId: string }>;
}) {
  const { appId, versionId } = await params;
  await requireAppPage(appId, "viewer");
  await notFoundUnlessVersionExists(appId, versionId);
  return children;
}
