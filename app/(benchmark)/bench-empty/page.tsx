import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

// The benchmark's baseline (scripts/bench): a static page with no client code of its own, so its
// first-load JavaScript is what every route of this build pays for the framework and the root
// layout. Linked from nowhere; the (benchmark) route group only says what it is for.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell");
  return { title: t("benchmarkTitle"), robots: { index: false, follow: false } };
}

export default async function BenchEmptyPage() {
  const t = await getTranslations("shell");
  return (
    <main>
      <h1 className="text-2xl font-semibold">{t("benchmarkTitle")}</h1>
    </main>
  );
}
