import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { LoadError } from "@/components/browse/load-error";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { ExportLinks } from "@/components/audit/export-links";
import { requirePageActor } from "@/lib/access/guard";
import { auditQueryString, parseAuditFilter } from "@/lib/audit/filter-state";
import { auditActionsIn, findAuditEntries } from "@/lib/audit/query";
import { auditScopeOf } from "@/lib/audit/viewer-scope";
import { getDb } from "@/lib/db/handle";
import { EsaError } from "@/lib/esa/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.page");
  return { title: t("title") };
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor();
  const parsed = parseAuditFilter(await searchParams);
  const db = await getDb();
  const t = await getTranslations("audit.page");
  let scope;
  try {
    scope = await auditScopeOf(actor.access);
  } catch (error) {
    if (!(error instanceof EsaError)) throw error;
    return (
      <main className="grid gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <LoadError title={t("scopeUnreadable")} error={error.toPublic()} />
      </main>
    );
  }
  const [page, actions] = await Promise.all([findAuditEntries(db, scope, parsed), auditActionsIn(db, scope)]);
  return (
    <main className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{scope.kind === "all" ? t("introAll") : t("introScoped")}</p>
        </div>
        <ExportLinks state={parsed.state} />
      </div>
      {/* Keyed by the URL: a navigation (Clear, Back) shows the values of the new URL. */}
      <AuditFilterForm key={auditQueryString(parsed.state)} parsed={parsed} actions={actions} />
      <AuditTable rows={page.rows} detailQuery={auditQueryString(parsed.state)} />
      <AuditPagination state={parsed.state} total={page.total} />
    </main>
  );
}
