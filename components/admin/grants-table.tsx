"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

import type { ActionAnswer } from "./apply-result";
import { useRowAction } from "./use-row-action";

export interface GrantView {
  id: number;
  subjectKind: "user" | "group";
  /** A person's name and email, or the group's name. */
  subject: string;
  role: string;
  appPattern: string;
}

interface GrantsTableProps {
  grants: GrantView[];
  deleteGrant: (input: { id: number }) => Promise<ActionAnswer>;
}

export function GrantsTable({ grants, deleteGrant }: GrantsTableProps) {
  const { pending, run } = useRowAction();
  if (grants.length === 0) return <p className="text-sm text-muted-foreground">No grants yet: only administrators can see apps.</p>;
  const remove = (grant: GrantView) =>
    run(() => deleteGrant({ id: grant.id }), `Grant of ${grant.role} on ${grant.appPattern} to ${grant.subject} deleted.`);
  return (
    <Table aria-label="Grants">
      <TableHeader>
        <TableRow>
          <TableHead>Subject</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>App pattern</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {grants.map((grant) => (
          <TableRow key={grant.id}>
            <TableCell>
              <Badge variant="outline" className="mr-2">
                {grant.subjectKind === "user" ? "person" : "group"}
              </Badge>
              {grant.subject}
            </TableCell>
            <TableCell>{grant.role}</TableCell>
            <TableCell className="font-mono">{grant.appPattern}</TableCell>
            <TableCell className="text-right">
              <Button
                variant="outline"
                size="sm"
                disabled={pending}
                onClick={() => remove(grant)}
                aria-label={`Delete the grant of ${grant.role} on ${grant.appPattern} to ${grant.subject}`}
              >
                Delete
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
