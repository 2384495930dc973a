import { CopyPlus, Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/browse/date-time";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { StatusBadge } from "@/components/browse/status-badge";
import { GatedLinkButton } from "@/components/access/gated-link-button";
import { newVersionHref } from "@/lib/browse/paths";
import { isSettling } from "@/lib/browse/version-summary";
import type { EsaVersion } from "@/lib/esa/types";

interface VersionHeaderProps {
  version: EsaVersion;
  /** Why this person may not create versions here; absent when they may. */
  createRefusal?: string;
  /** Who created it through Version Studio, from the audit log (app/…/created-by). */
  provenance?: React.ReactNode;
}

export function VersionHeader({ version, createRefusal, provenance }: VersionHeaderProps) {
  const t = useTranslations();
  const settling = isSettling(version.status);
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold break-all">{version.name || version.versionId}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-mono">{version.versionId}</span>
            <StatusBadge status={version.status} />
          </p>
          {provenance && <p className="text-sm text-muted-foreground">{provenance}</p>}
        </div>
        <GatedLinkButton
          href={newVersionHref(version.appId, version.versionId)}
          refusal={createRefusal}
          showReason
        >
          <CopyPlus aria-hidden />
          {t("versions.newFromThis")}
        </GatedLinkButton>
      </div>
      <p role="status" className="flex min-h-5 items-center gap-2 text-sm text-muted-foreground">
        {settling && (
          <>
            <Loader2 aria-hidden className="size-4 animate-spin" />
            {t("versions.header.settling")}
          </>
        )}
      </p>
      <DetailList>
        <DetailItem label={t("versions.header.remarks")}>
          {version.remarks || <NotSet>{t("browse.none")}</NotSet>}
        </DetailItem>
        <DetailItem label={t("versions.header.created")}>
          <DateTime value={version.createTime} />
        </DetailItem>
        <DetailItem label={t("versions.header.updated")}>
          <DateTime value={version.updateTime} />
        </DetailItem>
        <DetailItem label={t("versions.header.firstPublished")}>
          <DateTime value={version.publishTime} empty={t("browse.never")} />
        </DetailItem>
        <DetailItem label={t("versions.header.lastPublished")}>
          <DateTime value={version.lastPublishTime} empty={t("browse.never")} />
        </DetailItem>
      </DetailList>
    </div>
  );
}
