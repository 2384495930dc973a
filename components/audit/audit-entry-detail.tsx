import { DateTime } from "@/components/browse/date-time";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { VersionDiffView } from "@/components/version-editor/version-diff-view";
import type { EntryDiff } from "@/lib/audit/entry-diff";
import type { AuditRow } from "@/lib/db/audit-store";

import { OutcomeBadge } from "./outcome-badge";

const orNotSet = (value: string | null) => value ?? <NotSet />;

export function AuditEntryDetail({ row, diff }: { row: AuditRow; diff: EntryDiff }) {
  return (
    <div className="grid gap-6">
      <DetailList>
        <DetailItem label="Time (UTC)">
          <DateTime value={row.time.toISOString()} />
        </DetailItem>
        <DetailItem label="Actor">
          {row.actorName ?? <NotSet>{row.actorKind}</NotSet>} ({row.actorKind}
          {row.actorId ? `, ${row.actorId}` : ""})
        </DetailItem>
        <DetailItem label="Action" mono>
          {row.action}
        </DetailItem>
        <DetailItem label="App">{row.appId ? `${row.appName ?? row.appId} (${row.appId})` : <NotSet />}</DetailItem>
        <DetailItem label="Target">{orNotSet(row.target)}</DetailItem>
        <DetailItem label="Outcome">
          <OutcomeBadge outcome={row.outcome} />
        </DetailItem>
        <DetailItem label="ESA code" mono>
          {orNotSet(row.esaCode)}
        </DetailItem>
        <DetailItem label="RequestId" mono>
          {orNotSet(row.requestId)}
        </DetailItem>
        <DetailItem label="Client address" mono>
          {orNotSet(row.clientAddress)}
        </DetailItem>
        <DetailItem label="User agent">{orNotSet(row.userAgent)}</DetailItem>
        <DetailItem label="Hash" mono>
          <span className="break-all text-xs">{row.hash}</span>
        </DetailItem>
      </DetailList>
      <section aria-labelledby="audit-payload" className="grid gap-2">
        <h2 id="audit-payload" className="text-lg font-semibold">
          Payload
        </h2>
        <p className="text-sm text-muted-foreground">The request as received, secret-looking values masked when it was recorded.</p>
        {row.payload === null ? (
          <NotSet>No payload was recorded.</NotSet>
        ) : (
          <pre tabIndex={0} role="region" aria-label="Recorded payload" className="max-h-[32rem] overflow-auto rounded-md border border-border bg-muted p-3 font-mono text-xs">
            {JSON.stringify(row.payload, null, 2)}
          </pre>
        )}
      </section>
      <DiffSection diff={diff} />
    </div>
  );
}

function DiffSection({ diff }: { diff: EntryDiff }) {
  if (diff.kind === "not-a-create") return null;
  return (
    <section aria-labelledby="audit-diff" className="grid gap-2">
      <h2 id="audit-diff" className="text-lg font-semibold">
        Changes against the base version
      </h2>
      {diff.kind === "no-base" && <p className="text-sm text-muted-foreground">This version was started from scratch, not from a base version.</p>}
      {diff.kind === "unreadable" && <p className="text-sm text-muted-foreground">{diff.reason}</p>}
      {diff.kind === "diff" && <VersionDiffView diff={diff.diff} baseName={diff.baseLabel} />}
    </section>
  );
}
