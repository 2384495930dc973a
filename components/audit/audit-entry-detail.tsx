import { useTranslations } from "next-intl";

import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { VersionDiffView } from "@/components/version-editor/version-diff-view";
import type { EntryDiff } from "@/lib/audit/entry-diff";
import type { AuditRow } from "@/lib/db/audit-store";
import { renderMessage, type Translate } from "@/lib/i18n/message-ref";

import { useActorKind } from "./actor-kind";
import { AuditAction } from "./audit-action";
import { OutcomeBadge } from "./outcome-badge";
import { TimeStamp } from "./time-stamp";

export function AuditEntryDetail({ row, diff }: { row: AuditRow; diff: EntryDiff }) {
  const t = useTranslations("audit.entry");
  const actorKind = useActorKind();
  const notSet = <NotSet>{t("notSet")}</NotSet>;
  const orNotSet = (value: string | null) => value ?? notSet;
  return (
    <div className="grid gap-6">
      <DetailList>
        <DetailItem label={t("time")}>
          <TimeStamp value={row.time} format="precise" />
        </DetailItem>
        <DetailItem label={t("actor")}>
          {row.actorName ?? <NotSet>{actorKind(row.actorKind)}</NotSet>} ({actorKind(row.actorKind)}
          {row.actorId ? `, ${row.actorId}` : ""})
        </DetailItem>
        <DetailItem label={t("action")}>
          <AuditAction action={row.action} />
        </DetailItem>
        <DetailItem label={t("app")}>{row.appId ? `${row.appName ?? row.appId} (${row.appId})` : notSet}</DetailItem>
        <DetailItem label={t("target")}>{orNotSet(row.target)}</DetailItem>
        <DetailItem label={t("outcome")}>
          <OutcomeBadge outcome={row.outcome} />
        </DetailItem>
        <DetailItem label={t("esaCode")} mono>
          {orNotSet(row.esaCode)}
        </DetailItem>
        <DetailItem label={t("requestId")} mono>
          {orNotSet(row.requestId)}
        </DetailItem>
        <DetailItem label={t("clientAddress")} mono>
          {orNotSet(row.clientAddress)}
        </DetailItem>
        <DetailItem label={t("userAgent")}>{orNotSet(row.userAgent)}</DetailItem>
        <DetailItem label={t("hash")} mono>
          <span className="break-all text-xs">{row.hash}</span>
        </DetailItem>
      </DetailList>
      <section aria-labelledby="audit-payload" className="grid gap-2">
        <h2 id="audit-payload" className="text-lg font-semibold">
          {t("payload")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("payloadHint")}</p>
        {row.payload === null ? (
          <NotSet>{t("noPayload")}</NotSet>
        ) : (
          <pre
            tabIndex={0}
            role="region"
            aria-label={t("payloadLabel")}
            className="max-h-[32rem] overflow-auto rounded-md border border-border bg-muted p-3 font-mono text-xs"
          >
            {JSON.stringify(row.payload, null, 2)}
          </pre>
        )}
      </section>
      <DiffSection diff={diff} />
    </div>
  );
}

function DiffSection({ diff }: { diff: EntryDiff }) {
  const t = useTranslations("audit.entry");
  const words = useTranslations() as unknown as Translate;
  if (diff.kind === "not-a-create") return null;
  return (
    <section aria-labelledby="audit-diff" className="grid gap-2">
      <h2 id="audit-diff" className="text-lg font-semibold">
        {t("diffTitle")}
      </h2>
      {diff.kind === "no-base" && <p className="text-sm text-muted-foreground">{t("noBase")}</p>}
      {diff.kind === "unreadable" && <p className="text-sm text-muted-foreground">{renderMessage(diff.reason, words)}</p>}
      {diff.kind === "diff" && <VersionDiffView diff={diff.diff} baseName={diff.baseLabel} />}
    </section>
  );
}
