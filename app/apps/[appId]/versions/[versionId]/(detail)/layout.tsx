import { notFoundUnlessVersionExists } from "@/lib/browse/request-reads";

// Outside this folder's loading.tsx boundary on purpose: a missing version is decided before the
// skeleton streams, so the response can still be a 404 (../not-found.tsx).
export default async function VersionDetailLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ appId: string; versionId: string }>;
}) {
  const { appId, versionId } = await params;
  await notFoundUnlessVersionExists(appId, versionId);
  return children;
}
