import { useTranslations } from "next-intl";
import { TableSkeleton } from "@/components/browse/table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function AppLoading() {
  const t = useTranslations("apps");
  return (
    <main className="grid gap-8" aria-busy="true">
      <div className="grid gap-2">
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-8 w-72" />
        <p role="status" className="sr-only">
          {t("loadingApp")}
        </p>
      </div>
      <Skeleton variant="card" className="h-64 w-full" />
      <TableSkeleton rows={4} columns={9} />
    </main>
  );
}
