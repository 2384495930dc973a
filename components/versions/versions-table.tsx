import Link from "next/link";
import { CopyPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { DateTime } from "@/components/browse/date-time";
import { NotSet } from "@/components/browse/detail-list";
import { SortHeader } from "@/components/browse/sort-header";
import { StatusBadge } from "@/components/browse/status-badge";
import { GatedLinkButton } from "@/components/access/gated-link-button";
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
import { newVersionHref, versionHref } from "@/lib/browse/paths";
import type { VersionSummary } from "@/lib/browse/version-summary";

interface VersionsTableProps {
  appId: string;
  versions: VersionSummary[];
  state: ListState;
  defaults: ListState;
  pathname: string;
  /** Why this person may not create versions here; absent when they may. */
  createRefusal?: string;
  /** Where a version runs ("Staging", "Production 50%"); null while not known. */
  runsOn: (versionId: string) => string[] | null;
}

export function VersionsTable({
  appId,
  versions,
  state,
  defaults,
  pathname,
  createRefusal,
  runsOn,
}: VersionsTableProps) {
  const t = useTranslations();
  const sortProps = { state, defaults, pathname };
  return (
    <Table data-testid="versions-table">
      <TableCaption className="sr-only">{t("versions.table.caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <SortHeader label={t("versions.table.name")} sortKey="name" {...sortProps} />
          <TableHead>{t("versions.table.versionId")}</TableHead>
          <TableHead>{t("versions.table.status")}</TableHead>
          <TableHead>{t("versions.table.runsOn")}</TableHead>
          <TableHead align="right">{t("versions.table.containers")}</TableHead>
          <TableHead>{t("versions.table.remarks")}</TableHead>
          <SortHeader label={t("versions.table.created")} sortKey="created" {...sortProps} />
          <SortHeader label={t("versions.table.updated")} sortKey="updated" {...sortProps} />
          <TableHead>{t("versions.table.lastPublished")}</TableHead>
          <TableHead>
            <span className="sr-only">{t("versions.table.actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {versions.map((version) => (
          <TableRow key={version.versionId} data-version-id={version.versionId}>
            <TableCell className="font-medium">
              <Link
                href={versionHref(appId, version.versionId)}
                className="text-primary underline-offset-4 hover:underline"
              >
                {version.name || version.versionId}
              </Link>
            </TableCell>
            <TableCell className="font-mono text-xs">{version.versionId}</TableCell>
            <TableCell>
              <StatusBadge status={version.status} />
            </TableCell>
            <TableCell className="text-sm">
              <RunsOn places={runsOn(version.versionId)} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{version.containerCount}</TableCell>
            <TableCell className="max-w-xs truncate text-sm" title={version.remarks || undefined}>
              {version.remarks || <NotSet>{t("browse.none")}</NotSet>}
            </TableCell>
            <TableCell>
              <DateTime value={version.createTime} />
            </TableCell>
            <TableCell>
              <DateTime value={version.updateTime} />
            </TableCell>
            <TableCell>
              <DateTime value={version.lastPublishTime ?? version.publishTime} empty={t("browse.never")} />
            </TableCell>
            <TableCell className="text-right">
              <GatedLinkButton
                href={newVersionHref(appId, version.versionId)}
                refusal={createRefusal}
                size="sm"
                variant="outline"
              >
                <CopyPlus aria-hidden />
                {t("versions.newFromThis")}
                <span className="sr-only">
                  {t("versions.table.forVersion", { name: version.name || version.versionId })}
                </span>
              </GatedLinkButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Where a version runs, as lib/release words it (a message reference or plain text). */
function RunsOn({ places }: { places: string[] | null }) {
  const t = useTranslations("versions.table");
  const render = useRenderMessage();
  if (places === null) return <NotSet>{t("unknown")}</NotSet>;
  if (places.length === 0) return <NotSet>{t("nowhere")}</NotSet>;
  return (
    <ul className="grid gap-0.5">
      {places.map((place) => (
        <li key={place} className="whitespace-nowrap">
          {render(place)}
        </li>
      ))}
    </ul>
  );
}
