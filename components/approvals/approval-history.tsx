import { DateTime } from "@/components/browse/date-time";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApprovalView } from "@/lib/release/approval-view";
import { describeTarget } from "@/lib/release/production-plan";

const VARIANT = { approved: "success", rejected: "destructive", expired: "outline", executing: "warning", pending: "warning" } as const;

function outcomeText(request: ApprovalView): string {
  if (request.status === "expired") return "Nobody answered within 24 hours.";
  const parts = [request.reason ? `Reason: ${request.reason}` : ""];
  if (request.outcome) parts.push(`${request.outcome.outcome === "ok" ? "Sent" : request.outcome.outcome}: ${request.outcome.message}`);
  if (request.outcome?.requestId) parts.push(`RequestId ${request.outcome.requestId}`);
  return parts.filter(Boolean).join(" · ") || "—";
}

/** Decided and expired requests, newest first. */
export function ApprovalHistory({ requests }: { requests: ApprovalView[] }) {
  if (requests.length === 0) return <p className="text-sm text-muted-foreground">No decided requests yet.</p>;
  return (
    <Table aria-label="Decided requests">
      <TableHeader>
        <TableRow>
          <TableHead>Request</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Requested by</TableHead>
          <TableHead>Decided by</TableHead>
          <TableHead>Outcome</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {requests.map((r) => (
          <TableRow key={r.id}>
            <TableCell>
              #{r.id} {r.appName} <span className="font-mono">{r.versionId}</span> · {describeTarget(r.plan)}
            </TableCell>
            <TableCell>
              <Badge variant={VARIANT[r.status]}>{r.status}</Badge>
            </TableCell>
            <TableCell>
              {r.requestedByName} · <DateTime value={r.requestedAt} />
            </TableCell>
            <TableCell>
              {r.decidedByName ?? "—"}
              {r.decidedAt && (
                <>
                  {" "}· <DateTime value={r.decidedAt} />
                </>
              )}
            </TableCell>
            <TableCell className="max-w-md text-sm whitespace-normal">{outcomeText(r)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
