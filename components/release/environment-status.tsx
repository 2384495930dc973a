import { DateTime } from "@/components/browse/date-time";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { Badge } from "@/components/ui/badge";
import type { EsaAppStatus } from "@/lib/esa/release-types";
import { isEnvMoving } from "@/lib/release/rollout-motion";

// One environment's status: what runs now, what is being published, how far, and when.

const VersionId = ({ id, empty }: { id: string; empty: string }) =>
  id ? <span className="font-mono">{id}</span> : <NotSet>{empty}</NotSet>;

function share(status: EsaAppStatus): React.ReactNode {
  if (status.publishType === "region") {
    if (status.fullRelease) return "Every region (full release)";
    return status.regions.length > 0 ? status.regions.join(", ") : <NotSet>No regions</NotSet>;
  }
  if (status.publishPercentage === undefined) return <NotSet>Not reported</NotSet>;
  const target =
    status.expectPercentage !== undefined && status.expectPercentage !== status.publishPercentage
      ? ` of ${status.expectPercentage}%`
      : "";
  return `${status.publishPercentage}%${target}`;
}

export function EnvironmentStatus({ status }: { status: EsaAppStatus }) {
  const moving = isEnvMoving(status);
  return (
    <div className="grid gap-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge variant={moving ? "warning" : status.publishStatus ? "success" : "outline"}>
          {status.publishStatus || "no release"}
        </Badge>
        <Badge variant="outline">{status.deployStatus || "undeploy"}</Badge>
      </p>
      <DetailList>
        <DetailItem label="Runs now (deployed)">
          <VersionId id={status.deployedVersionId} empty="Nothing" />
        </DetailItem>
        <DetailItem label={moving ? "Being published" : "Last published"}>
          <VersionId id={status.publishingVersionId} empty="Nothing" />
        </DetailItem>
        <DetailItem label="Baseline (replaced)">
          <VersionId id={status.baselineVersionId} empty="None" />
        </DetailItem>
        <DetailItem label={status.publishType === "region" ? "Regions" : "Traffic"}>
          {status.publishingVersionId ? share(status) : <NotSet>—</NotSet>}
        </DetailItem>
        <DetailItem label="Published">
          <DateTime value={status.publishTime} empty="Never" />
        </DetailItem>
        <DetailItem label="Deployed">
          <DateTime value={status.deployTime} empty="Not yet" />
        </DetailItem>
        {status.rollbackTime && (
          <DetailItem label="Rolled back">
            <DateTime value={status.rollbackTime} />
          </DetailItem>
        )}
      </DetailList>
    </div>
  );
}
