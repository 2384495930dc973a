"use client";

import { DateTime } from "@/components/browse/date-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

import type { ActionAnswer } from "./apply-result";
import { useRowAction } from "./use-row-action";

export interface PersonView {
  id: string;
  name: string;
  email: string;
  signsInWith: string;
  isAdmin: boolean;
  disabled: boolean;
  lastSeenAt: string | null;
}

interface PeopleTableProps {
  people: PersonView[];
  selfId: string;
  setDisabled: (input: { userId: string; disabled: boolean }) => Promise<ActionAnswer>;
}

export function PeopleTable({ people, selfId, setDisabled }: PeopleTableProps) {
  const { pending, run } = useRowAction();
  const change = (person: PersonView, disabled: boolean) =>
    run(() => setDisabled({ userId: person.id, disabled }), `${person.name} is ${disabled ? "disabled" : "enabled"}.`);
  return (
    <Table aria-label="Users">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Signs in with</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Last seen</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {people.map((person) => (
          <TableRow key={person.id}>
            <TableCell className="font-medium">
              {person.name}
              {person.id === selfId && <span className="text-muted-foreground"> (you)</span>}
            </TableCell>
            <TableCell>{person.email}</TableCell>
            <TableCell>{person.signsInWith}</TableCell>
            <TableCell>{person.isAdmin ? <Badge>admin</Badge> : "member"}</TableCell>
            <TableCell>
              <DateTime value={person.lastSeenAt ?? undefined} empty="never" />
            </TableCell>
            <TableCell>{person.disabled ? <Badge variant="destructive">disabled</Badge> : <Badge variant="success">active</Badge>}</TableCell>
            <TableCell className="text-right">
              {person.id === selfId ? (
                <span className="text-xs text-muted-foreground">You cannot disable yourself</span>
              ) : (
                <Button
                  variant="outline"
                  size="sm"
                  disabled={pending}
                  onClick={() => change(person, !person.disabled)}
                  aria-label={`${person.disabled ? "Enable" : "Disable"} ${person.name}`}
                >
                  {person.disabled ? "Enable" : "Disable"}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
