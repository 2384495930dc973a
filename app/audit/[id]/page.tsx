import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LoadError } from "@/components/browse/load-error";
import { AuditEntryDetail } from "@/components/audit/audit-entry-detail";
import { requirePageActor } from "@/lib/access/guard";
import { auditEntryDiff } from "@/lib/audit/entry-diff";
import { auditQueryString, parseAuditFilter } from "@/lib/audit/filter-state";
import { findAuditEntry } from "@/lib/audit/query";
import { auditScopeOf } from "@/lib/audit/viewer-scope";
import { getDb } from "@/lib/db/handle";
import { EsaError } from "@/lib/esa/errors";

export const metadata: Metadata = { title: "Audit entry" };

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
  const back = `/audit${auditQueryString(parseAuditFilter(await searchParams).state)}`;
  let scope;
  try {
    scope = await auditScopeOf(actor.access);
  } catch (error) {
    if (!(error instanceof EsaError)) throw error;
    return <LoadError title="Which apps you may see could not be read from ESA" error={error.toPublic()} />;
  }
  // An entry the person may not see answers like one that does not exist.
  const row = await findAuditEntry(await getDb(), scope, Number(id));
  if (!row) notFound();
  return (
    <main className="grid gap-4">
      <Link href={back} className="text-sm text-primary hover:underline">
        ← Audit log
      </Link>
      <h1 className="text-2xl font-semibold">
        Audit entry {row.id}: <span className="font-mono">{row.action}</span>
      </h1>
      <AuditEntryDetail row={row} diff={await auditEntryDiff(row)} />
    </main>
  );
}
