"use client";

import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { isAppRole } from "@/lib/access/roles";

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
  const t = useTranslations("admin.grants");
  const roles = useTranslations("access.role");
  const { pending, run } = useRowAction();
  if (grants.length === 0) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  const describe = (grant: GrantView) => ({
    role: isAppRole(grant.role) ? roles(grant.role) : grant.role,
    pattern: grant.appPattern,
    subject: grant.subject,
  });
  const remove = (grant: GrantView) => run(() => deleteGrant({ id: grant.id }), t("deletedToast", describe(grant)));
  return (
    <Table aria-label={t("tableLabel")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("column.subject")}</TableHead>
          <TableHead>{t("column.role")}</TableHead>
          <TableHead>{t("column.appPattern")}</TableHead>
          <TableHead>
            <span className="sr-only">{t("column.actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {grants.map((grant) => (
          <TableRow key={grant.id}>
            <TableCell>
              <Badge variant="outline" className="mr-2">
                {grant.subjectKind === "user" ? t("kindPerson") : t("kindGroup")}
              </Badge>
              {grant.subject}
            </TableCell>
            <TableCell>{describe(grant).role}</TableCell>
            <TableCell className="font-mono">{grant.appPattern}</TableCell>
            <TableCell className="text-right">
              <Button
                variant="outline"
                size="sm"
                disabled={pending}
                onClick={() => remove(grant)}
                aria-label={t("deleteLabel", describe(grant))}
              >
                {t("delete")}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
