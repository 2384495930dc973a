"use client";

import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import type { EsaAppStatus } from "@/lib/esa/release-types";
import { isEnvMoving } from "@/lib/release/rollout-motion";

import { Stamp } from "./stamp";

// One environment's status: what runs now, what is being published, how far, and when.

const VersionId = ({ id, empty }: { id: string; empty: string }) =>
  id ? <span className="font-mono">{id}</span> : <NotSet>{empty}</NotSet>;

/** ESA's deploy status when it reports none. */
const UNDEPLOYED = "undeploy";

function Share({ status }: { status: EsaAppStatus }) {
  const t = useTranslations("release");
  if (status.publishType === "region") {
    if (status.fullRelease) return t("env.everyRegion");
    return status.regions.length > 0 ? status.regions.join(", ") : <NotSet>{t("env.noRegions")}</NotSet>;
  }
  if (status.publishPercentage === undefined) return <NotSet>{t("env.notReported")}</NotSet>;
  const share = status.publishPercentage / 100;
  return status.expectPercentage !== undefined && status.expectPercentage !== status.publishPercentage
    ? t("env.shareOf", { share, target: status.expectPercentage / 100 })
    : t("percent", { share });
}

export function EnvironmentStatus({ status }: { status: EsaAppStatus }) {
  const t = useTranslations("release.env");
  const moving = isEnvMoving(status);
  return (
    <div className="grid gap-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge variant={moving ? "warning" : status.publishStatus ? "success" : "outline"}>
          {status.publishStatus || t("noRelease")}
        </Badge>
        <Badge variant="outline">{status.deployStatus || UNDEPLOYED}</Badge>
      </p>
      <DetailList>
        <DetailItem label={t("runsNow")}>
          <VersionId id={status.deployedVersionId} empty={t("nothing")} />
        </DetailItem>
        <DetailItem label={moving ? t("beingPublished") : t("lastPublished")}>
          <VersionId id={status.publishingVersionId} empty={t("nothing")} />
        </DetailItem>
        <DetailItem label={t("baseline")}>
          <VersionId id={status.baselineVersionId} empty={t("none")} />
        </DetailItem>
        <DetailItem label={status.publishType === "region" ? t("regions") : t("traffic")}>
          {status.publishingVersionId ? <Share status={status} /> : <NotSet>—</NotSet>}
        </DetailItem>
        <DetailItem label={t("published")}>
          <Stamp value={status.publishTime} empty={t("never")} />
        </DetailItem>
        <DetailItem label={t("deployed")}>
          <Stamp value={status.deployTime} empty={t("notYet")} />
        </DetailItem>
        {status.rollbackTime && (
          <DetailItem label={t("rolledBack")}>
            <Stamp value={status.rollbackTime} empty="—" />
          </DetailItem>
        )}
      </DetailList>
    </div>
  );
}
