import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { LoadError } from "@/components/browse/load-error";
import { AuditEntryDetail } from "@/components/audit/audit-entry-detail";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requirePageActor } from "@/lib/access/guard";
import { auditEntryDiff } from "@/lib/audit/entry-diff";
import { auditQueryString, parseAuditFilter } from "@/lib/audit/filter-state";
import { findAuditEntry } from "@/lib/audit/query";
import { auditScopeOf } from "@/lib/audit/viewer-scope";
import { getDb } from "@/lib/db/handle";
import { EsaError } from "@/lib/esa/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.entry");
  return { title: t("metaTitle") };
}

export default async function AuditEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor();
  const { id } = await params;
  if (!/^\d{1,15}$/.test(id)) notFound();
  // Back to the list as it was filtered.
  const t = await getTranslations("audit.entry");
  const back = `/audit${auditQueryString(parseAuditFilter(await searchParams).state)}`;
  let scope;
  try {
    scope = await auditScopeOf(actor.access);
  } catch (error) {
    if (!(error instanceof EsaError)) throw error;
    return <LoadError title={t("scopeUnreadable")} error={error.toPublic()} />;
  }
  // An entry the person may not see answers like one that does not exist.
  const row = await findAuditEntry(await getDb(), scope, Number(id));
  if (!row) notFound();
  return (
    <main className="grid gap-4">
      <Link href={back} className="text-sm text-primary hover:underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">
        {t.rich("title", { id: String(row.id), action: row.action, code: (chunks) => <span className="font-mono">{chunks}</span> })}
      </h1>
      <ClientMessages namespaces={["diff"]}>
        <AuditEntryDetail row={row} diff={await auditEntryDiff(row)} />
      </ClientMessages>
    </main>
  );
}
