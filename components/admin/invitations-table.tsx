"use client";

import { useTranslations } from "next-intl";

import { TimeStamp } from "@/components/audit/time-stamp";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

import type { ActionAnswer } from "./apply-result";
import { useRowAction } from "./use-row-action";

export interface OpenInvitation {
  id: number;
  email: string;
  createdAt: string;
  expiresAt: string;
}

interface InvitationsTableProps {
  invitations: OpenInvitation[];
  revokeInvitation: (input: { id: number }) => Promise<ActionAnswer>;
}

export function InvitationsTable({ invitations, revokeInvitation }: InvitationsTableProps) {
  const t = useTranslations("admin.invitations");
  const { pending, run } = useRowAction();
  if (invitations.length === 0) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  const revoke = (invitation: OpenInvitation) =>
    run(() => revokeInvitation({ id: invitation.id }), t("revokedToast", { email: invitation.email }));
  return (
    <Table aria-label={t("tableLabel")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("column.email")}</TableHead>
          <TableHead>{t("column.created")}</TableHead>
          <TableHead>{t("column.expires")}</TableHead>
          <TableHead>
            <span className="sr-only">{t("column.actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((invitation) => (
          <TableRow key={invitation.id}>
            <TableCell>{invitation.email}</TableCell>
            <TableCell>
              <TimeStamp value={invitation.createdAt} />
            </TableCell>
            <TableCell>
              <TimeStamp value={invitation.expiresAt} />
            </TableCell>
            <TableCell className="text-right">
              <Button
                variant="outline"
                size="sm"
                disabled={pending}
                onClick={() => revoke(invitation)}
                aria-label={t("revokeLabel", { email: invitation.email })}
              >
                {t("revoke")}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
