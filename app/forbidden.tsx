import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Rendered with status 403 when a page calls forbidden() (lib/access/guard.ts) and no nearer
// forbidden.tsx explains which role that page needs.
export default async function Forbidden() {
  const t = await getTranslations("access.forbiddenPage");
  return (
    <main className="mx-auto max-w-2xl space-y-3 px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted-foreground">{t("body")}</p>
      <Link className="underline" href="/apps">
        {t("back")}
      </Link>
    </main>
  );
}
