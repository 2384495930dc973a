import { requireAppPage } from "@/lib/access/guard";
import { notFoundUnlessAppExists } from "@/lib/browse/request-reads";

// Decided before anything streams, like the app page: 404 for a missing app, 403 (audited)
// without viewer access.
export default async function ReleaseLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ appId: string }>;
}) {
  const { appId } = await params;
  await requireAppPage(appId, "viewer");
  await notFoundUnlessAppExists(appId);
  return children;
}
