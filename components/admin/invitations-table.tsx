"use client";

import { DateTime } from "@/components/browse/date-time";
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
  const { pending, run } = useRowAction();
  if (invitations.length === 0) return <p className="text-sm text-muted-foreground">No open invitations.</p>;
  const revoke = (invitation: OpenInvitation) =>
    run(() => revokeInvitation({ id: invitation.id }), `Invitation for ${invitation.email} revoked.`);
  return (
    <Table aria-label="Open invitations">
      <TableHeader>
        <TableRow>
          <TableHead>Email</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((invitation) => (
          <TableRow key={invitation.id}>
            <TableCell>{invitation.email}</TableCell>
            <TableCell>
              <DateTime value={invitation.createdAt} />
            </TableCell>
            <TableCell>
              <DateTime value={invitation.expiresAt} />
            </TableCell>
            <TableCell className="text-right">
              <Button variant="outline" size="sm" disabled={pending} onClick={() => revoke(invitation)} aria-label={`Revoke the invitation for ${invitation.email}`}>
                Revoke
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
