"use client";

import { useTranslations } from "next-intl";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Stamp } from "@/components/release/stamp";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApprovalView } from "@/lib/release/approval-view";
import { describeTarget } from "@/lib/release/production-plan-values";

const VARIANT = { approved: "success", rejected: "destructive", expired: "outline", executing: "warning", pending: "warning" } as const;

/** The reason, what sending came to and ESA's RequestId, in one line. */
function useOutcomeText(): (request: ApprovalView) => string {
  const t = useTranslations("approvals.historyTable");
  const render = useRenderMessage();
  return (request) => {
    if (request.status === "expired") return t("expired");
    const parts = [request.reason ? t("reason", { reason: request.reason }) : ""];
    const outcome = request.outcome;
    if (outcome) {
      const message = render(outcome.message);
      parts.push(outcome.outcome === "ok" ? t("sent", { message }) : t(outcome.outcome, { message }));
      if (outcome.requestId) parts.push(t("requestId", { id: outcome.requestId }));
    }
    return parts.filter(Boolean).join(" · ") || "—";
  };
}

/** Decided and expired requests, newest first. */
export function ApprovalHistory({ requests }: { requests: ApprovalView[] }) {
  const t = useTranslations("approvals");
  const render = useRenderMessage();
  const outcomeText = useOutcomeText();
  if (requests.length === 0) return <p className="text-sm text-muted-foreground">{t("historyTable.empty")}</p>;
  return (
    <Table aria-label={t("historyTable.label")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("historyTable.request")}</TableHead>
          <TableHead>{t("historyTable.status")}</TableHead>
          <TableHead>{t("historyTable.requestedBy")}</TableHead>
          <TableHead>{t("historyTable.decidedBy")}</TableHead>
          <TableHead>{t("historyTable.outcome")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {requests.map((r) => (
          <TableRow key={r.id}>
            <TableCell>
              #{r.id} {r.appName} <span className="font-mono">{r.versionId}</span> · {render(describeTarget(r.plan))}
            </TableCell>
            <TableCell>
              <Badge variant={VARIANT[r.status]}>{t(`status.${r.status}`)}</Badge>
            </TableCell>
            <TableCell>
              {r.requestedByName} · <Stamp value={r.requestedAt} empty="—" />
            </TableCell>
            <TableCell>
              {r.decidedByName ?? "—"}
              {r.decidedAt && (
                <>
                  {" "}· <Stamp value={r.decidedAt} empty="—" />
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
