import { ToastRegion } from "@/components/layout/toast-region";
import { QueryProvider } from "@/components/query-provider";

// Every page of one app (overview, release, version, editor) reads through React Query and may
// raise a toast, and some toast just before moving to another of them (the editor's create, the
// version page's delete): one query cache and one toaster that stay while the person moves
// between them. Pages outside an app carry neither.
export default function AppLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <QueryProvider>
      {children}
      <ToastRegion />
    </QueryProvider>
  );
}
