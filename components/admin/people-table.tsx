"use client";

import { useTranslations } from "next-intl";

import { TimeStamp } from "@/components/audit/time-stamp";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

import type { ActionAnswer } from "./apply-result";
import { useRowAction } from "./use-row-action";

export interface PersonView {
  id: string;
  name: string;
  email: string;
  /** better-auth's provider ids: credential (a local password), oidc. */
  signsInWith: string[];
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
  const t = useTranslations("admin.people");
  const { pending, run } = useRowAction();
  const change = (person: PersonView, disabled: boolean) =>
    run(
      () => setDisabled({ userId: person.id, disabled }),
      disabled ? t("disabledToast", { name: person.name }) : t("enabledToast", { name: person.name }),
    );
  const signInWays = (providers: string[]) =>
    providers
      .map((provider) => (provider === "credential" ? t("signIn.credential") : provider === "oidc" ? t("signIn.oidc") : provider))
      .join(", ") || t("signIn.none");
  return (
    <Table aria-label={t("tableLabel")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("column.name")}</TableHead>
          <TableHead>{t("column.email")}</TableHead>
          <TableHead>{t("column.signsInWith")}</TableHead>
          <TableHead>{t("column.role")}</TableHead>
          <TableHead>{t("column.lastSeen")}</TableHead>
          <TableHead>{t("column.status")}</TableHead>
          <TableHead>
            <span className="sr-only">{t("column.actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {people.map((person) => (
          <TableRow key={person.id}>
            <TableCell className="font-medium">
              {person.name}
              {person.id === selfId && <span className="text-muted-foreground">{t("you")}</span>}
            </TableCell>
            <TableCell>{person.email}</TableCell>
            <TableCell>{signInWays(person.signsInWith)}</TableCell>
            <TableCell>{person.isAdmin ? <Badge>{t("admin")}</Badge> : t("member")}</TableCell>
            <TableCell>
              <TimeStamp value={person.lastSeenAt} empty={t("neverSeen")} />
            </TableCell>
            <TableCell>
              {person.disabled ? <Badge variant="destructive">{t("disabled")}</Badge> : <Badge variant="success">{t("active")}</Badge>}
            </TableCell>
            <TableCell className="text-right">
              {person.id === selfId ? (
                <span className="text-xs text-muted-foreground">{t("cannotDisableSelf")}</span>
              ) : (
                <Button
                  variant="outline"
                  size="sm"
                  disabled={pending}
                  onClick={() => change(person, !person.disabled)}
                  aria-label={person.disabled ? t("enableLabel", { name: person.name }) : t("disableLabel", { name: person.name })}
                >
                  {person.disabled ? t("enable") : t("disable")}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
