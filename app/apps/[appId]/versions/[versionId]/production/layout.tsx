import { requireAppPage } from "@/lib/access/guard";
import { notFoundUnlessVersionExists } from "@/lib/browse/request-reads";

// Decided before anything streams, like the version page: 404 for a missing version, 403
// (audited) without viewer access. Releasing itself needs releaser, said on the page.
export default async function ProductionLayout({
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
