import Link from "next/link";
import { CopyPlus } from "lucide-react";
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
  const sortProps = { state, defaults, pathname };
  return (
    <Table data-testid="versions-table">
      <TableCaption className="sr-only">Versions of this application</TableCaption>
      <TableHeader>
        <TableRow>
          <SortHeader label="Name" sortKey="name" {...sortProps} />
          <TableHead>Version ID</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Runs on</TableHead>
          <TableHead align="right">Containers</TableHead>
          <TableHead>Remarks</TableHead>
          <SortHeader label="Created" sortKey="created" {...sortProps} />
          <SortHeader label="Updated" sortKey="updated" {...sortProps} />
          <TableHead>Last published</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
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
              {version.remarks || <NotSet>None</NotSet>}
            </TableCell>
            <TableCell>
              <DateTime value={version.createTime} />
            </TableCell>
            <TableCell>
              <DateTime value={version.updateTime} />
            </TableCell>
            <TableCell>
              <DateTime value={version.lastPublishTime ?? version.publishTime} empty="Never" />
            </TableCell>
            <TableCell className="text-right">
              <GatedLinkButton
                href={newVersionHref(appId, version.versionId)}
                refusal={createRefusal}
                size="sm"
                variant="outline"
              >
                <CopyPlus aria-hidden />
                New version from this
                <span className="sr-only"> ({version.name || version.versionId})</span>
              </GatedLinkButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function RunsOn({ places }: { places: string[] | null }) {
  if (places === null) return <NotSet>Unknown</NotSet>;
  if (places.length === 0) return <NotSet>Nowhere</NotSet>;
  return (
    <ul className="grid gap-0.5">
      {places.map((place) => (
        <li key={place} className="whitespace-nowrap">
          {place}
        </li>
      ))}
    </ul>
  );
}
