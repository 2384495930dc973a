import { useTranslations } from "next-intl";
import { TableSkeleton } from "@/components/browse/table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function AppsLoading() {
  const t = useTranslations("apps");
  return (
    <main className="grid gap-6" aria-busy="true">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p role="status" className="text-sm text-muted-foreground">
          {t("loading")}
        </p>
      </div>
      <Skeleton className="h-14 w-full" />
      <TableSkeleton columns={7} />
    </main>
  );
}
