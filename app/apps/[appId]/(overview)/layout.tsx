import { notFoundUnlessAppExists } from "@/lib/browse/request-reads";

// Outside this folder's loading.tsx boundary on purpose: a missing app is decided before the
// skeleton streams, so the response can still be a 404 (app/apps/[appId]/not-found.tsx).
export default async function AppOverviewLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ appId: string }>;
}) {
  await notFoundUnlessAppExists((await params).appId);
  return children;
}
