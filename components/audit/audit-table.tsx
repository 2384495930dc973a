import Link from "next/link";
import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditRow } from "@/lib/db/audit-store";

import { useActorKind } from "./actor-kind";
import { AuditAction } from "./audit-action";
import { OutcomeBadge } from "./outcome-badge";
import { TimeStamp } from "./time-stamp";

export function AuditTable({ rows, detailQuery }: { rows: AuditRow[]; detailQuery: string }) {
  const t = useTranslations("audit.table");
  const actorKind = useActorKind();
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  return (
    <Table aria-label={t("label")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("column.time")}</TableHead>
          <TableHead>{t("column.actor")}</TableHead>
          <TableHead>{t("column.action")}</TableHead>
          <TableHead>{t("column.app")}</TableHead>
          <TableHead>{t("column.target")}</TableHead>
          <TableHead>{t("column.outcome")}</TableHead>
          <TableHead>
            <span className="sr-only">{t("column.details")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <TimeStamp value={row.time} format="precise" />
            </TableCell>
            <TableCell>
              {row.actorName ?? <span className="text-muted-foreground">{actorKind(row.actorKind)}</span>}
              {row.actorName && (
                <Badge variant="outline" className="ml-2">
                  {actorKind(row.actorKind)}
                </Badge>
              )}
            </TableCell>
            <TableCell>
              <AuditAction action={row.action} />
            </TableCell>
            <TableCell>{row.appName ?? row.appId ?? "—"}</TableCell>
            <TableCell className="max-w-64 truncate" title={row.target ?? undefined}>
              {row.target ?? "—"}
            </TableCell>
            <TableCell>
              <OutcomeBadge outcome={row.outcome} />
              {row.esaCode && <span className="ml-2 font-mono text-xs">{row.esaCode}</span>}
              {row.requestId && (
                <div className="font-mono text-xs text-muted-foreground">{t("requestId", { requestId: row.requestId })}</div>
              )}
            </TableCell>
            <TableCell className="text-right">
              <Link
                href={`/audit/${row.id}${detailQuery}`}
                className="text-sm text-primary hover:underline"
                aria-label={t("detailsLabel", { id: String(row.id) })}
              >
                {t("details")}
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
