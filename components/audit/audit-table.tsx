import Link from "next/link";

import { DateTime } from "@/components/browse/date-time";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditRow } from "@/lib/db/audit-store";

import { OutcomeBadge } from "./outcome-badge";

export function AuditTable({ rows, detailQuery }: { rows: AuditRow[]; detailQuery: string }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No audit entries match these filters.</p>;
  return (
    <Table aria-label="Audit entries">
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>App</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead>
            <span className="sr-only">Details</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <DateTime value={row.time.toISOString()} />
            </TableCell>
            <TableCell>
              {row.actorName ?? <span className="text-muted-foreground">{row.actorKind}</span>}
              {row.actorName && (
                <Badge variant="outline" className="ml-2">
                  {row.actorKind}
                </Badge>
              )}
            </TableCell>
            <TableCell className="font-mono text-xs">{row.action}</TableCell>
            <TableCell>{row.appName ?? row.appId ?? "—"}</TableCell>
            <TableCell className="max-w-64 truncate" title={row.target ?? undefined}>
              {row.target ?? "—"}
            </TableCell>
            <TableCell>
              <OutcomeBadge outcome={row.outcome} />
              {row.esaCode && <span className="ml-2 font-mono text-xs">{row.esaCode}</span>}
              {row.requestId && <div className="font-mono text-xs text-muted-foreground">RequestId {row.requestId}</div>}
            </TableCell>
            <TableCell className="text-right">
              <Link href={`/audit/${row.id}${detailQuery}`} className="text-sm text-primary hover:underline" aria-label={`Details of entry ${row.id}`}>
                Details
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
