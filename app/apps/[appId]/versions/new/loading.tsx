import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

export default async function NewVersionLoading() {
  const t = await getTranslations("editor.page");
  return (
    <main className="grid gap-6" aria-busy="true" aria-label={t("loading")}>
      <Skeleton className="h-8 w-64" />
      <div className="grid gap-8 lg:grid-cols-2">
        <div className="grid gap-4">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
        <Skeleton className="h-96 w-full" />
      </div>
    </main>
  );
}
