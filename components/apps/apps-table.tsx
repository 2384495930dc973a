import Link from "next/link";
import { GatedLinkButton } from "@/components/access/gated-link-button";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/browse/date-time";
import { SortHeader } from "@/components/browse/sort-header";
import { StatusBadge } from "@/components/browse/status-badge";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { ListState } from "@/lib/browse/list-state";
import type { EsaApp } from "@/lib/esa/types";
import { appHref, newVersionHref } from "@/lib/browse/paths";

interface AppsTableProps {
  apps: EsaApp[];
  state: ListState;
  defaults: ListState;
  /** AppId → why this person may not create versions there; apps not listed allow it. */
  createRefusals?: Record<string, string>;
}

export function AppsTable({ apps, state, defaults, createRefusals = {} }: AppsTableProps) {
  const t = useTranslations("apps.table");
  const sortProps = { state, defaults, pathname: "/apps" };
  return (
    <Table data-testid="apps-table">
      <TableCaption className="sr-only">{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <SortHeader label={t("name")} sortKey="name" {...sortProps} />
          <TableHead>{t("appId")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead align="right">{t("versions")}</TableHead>
          <SortHeader label={t("created")} sortKey="created" {...sortProps} />
          <SortHeader label={t("updated")} sortKey="updated" {...sortProps} />
          <TableHead>
            <span className="sr-only">{t("actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {apps.map((app) => (
          <TableRow key={app.appId} data-app-id={app.appId}>
            <TableCell className="font-medium">
              <Link
                href={appHref(app.appId)}
                className="text-primary underline-offset-4 hover:underline"
              >
                {app.name || app.appId}
              </Link>
              {app.remarks && (
                <p className="max-w-md truncate text-xs font-normal text-muted-foreground">
                  {app.remarks}
                </p>
              )}
            </TableCell>
            <TableCell className="font-mono text-xs">{app.appId}</TableCell>
            <TableCell>
              <StatusBadge status={app.status} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{app.versionCount}</TableCell>
            <TableCell>
              <DateTime value={app.createTime} />
            </TableCell>
            <TableCell>
              <DateTime value={app.updateTime} />
            </TableCell>
            <TableCell className="text-right">
              <GatedLinkButton
                href={newVersionHref(app.appId)}
                refusal={createRefusals[app.appId]}
                size="sm"
                variant="outline"
              >
                <Plus aria-hidden />
                {t("newVersion")}
                <span className="sr-only">{t("forApp", { name: app.name || app.appId })}</span>
              </GatedLinkButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
