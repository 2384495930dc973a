import { requireAppPage } from "@/lib/access/guard";

// Outside this folder's loading.tsx boundary on purpose: a person without submitter access is
// refused (403, audited, app/apps/[appId]/forbidden.tsx) before the editor's skeleton streams.
export default async function NewVersionLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ appId: string }>;
}) {
  await requireAppPage((await params).appId, "submitter");
  return children;
}
