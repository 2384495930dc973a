import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { SetupForm } from "@/components/auth/setup-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { hasAnyUser } from "@/lib/auth/first-run";
import { getDb } from "@/lib/db/handle";

import { setUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.setup");
  return { title: t("metaTitle") };
}

// Only on an empty database: once the first administrator exists, this page is gone for good.
export default async function SetupPage() {
  if (await hasAnyUser(await getDb())) notFound();
  const t = await getTranslations("auth.setup");
  return (
    <>
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <ClientMessages namespaces={["auth"]}>
        <SetupForm setUp={setUpAction} />
      </ClientMessages>
    </>
  );
}
