import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder rows while a list loads. The caller marks its region aria-busy with a label. */
export function TableSkeleton({ rows = 8, columns = 6 }: { rows?: number; columns?: number }) {
  return (
    <div className="grid gap-3" aria-hidden>
      <Skeleton className="h-9 w-full" />
      {Array.from({ length: rows }, (_, row) => (
        <div
          key={row}
          className="grid gap-4"
          style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
        >
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} className="h-6" />
          ))}
        </div>
      ))}
    </div>
  );
}
