import { requireAppPage } from "@/lib/access/guard";
import { notFoundUnlessAppExists } from "@/lib/browse/request-reads";

// Outside this folder's loading.tsx boundary on purpose: a missing app (404) or a person without
// viewer access to it (403, audited) is decided before the skeleton streams, so the response
// status says so (app/apps/[appId]/not-found.tsx, forbidden.tsx).
export default async function AppOverviewLayout({
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
