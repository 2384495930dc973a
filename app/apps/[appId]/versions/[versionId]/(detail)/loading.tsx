import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

export default function VersionLoading() {
  const t = useTranslations("versions");
  return (
    <main className="grid gap-6" aria-busy="true">
      <Skeleton className="h-4 w-72" />
      <div className="grid gap-2">
        <Skeleton className="h-8 w-80" />
        <Skeleton className="h-5 w-56" />
        <p role="status" className="sr-only">
          {t("loadingVersion")}
        </p>
      </div>
      <Skeleton className="h-24 w-full" />
      <Skeleton variant="card" className="h-96 w-full" />
    </main>
  );
}
