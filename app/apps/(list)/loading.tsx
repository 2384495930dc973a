import { TableSkeleton } from "@/components/browse/table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function AppsLoading() {
  return (
    <main className="grid gap-6" aria-busy="true">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">Applications</h1>
        <p role="status" className="text-sm text-muted-foreground">
          Loading applications…
        </p>
      </div>
      <Skeleton className="h-14 w-full" />
      <TableSkeleton columns={7} />
    </main>
  );
}
