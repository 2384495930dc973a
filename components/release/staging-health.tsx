import { AlertTriangle } from "lucide-react";

import { DateTime } from "@/components/browse/date-time";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { EsaStagingHealth, StagingCheck } from "@/lib/esa/release-types";
import { isStagingFailing } from "@/lib/release/rollout-motion";

// Staging's container: phase, readiness checks, restarts and the addresses to test against.
// A container that cannot run (ImagePullBackOff, CrashLoopBackOff) is said plainly, with why.

const FAILURE_ADVICE: Record<string, string> = {
  ImagePullBackOff:
    "The image cannot be pulled: check the image address and tag, and the registry credentials.",
  CrashLoopBackOff: "The container starts and keeps exiting: read its logs and the last reason.",
  Failed: "The container failed.",
};

function Check({ label, value }: { label: string; value: StagingCheck }) {
  return (
    <DetailItem label={label}>
      <Badge variant={value === "ok" ? "success" : "outline"}>{value || "unknown"}</Badge>
    </DetailItem>
  );
}

export function StagingHealth({ health }: { health: EsaStagingHealth }) {
  const failing = isStagingFailing(health);
  return (
    <div className="grid gap-3">
      {failing && (
        <Alert variant="destructive">
          <AlertTriangle aria-hidden />
          <AlertTitle>Staging is failing: {health.phase}</AlertTitle>
          <AlertDescription>
            <p>{FAILURE_ADVICE[health.phase] ?? "The container is not running."}</p>
            {health.restartCount > 0 && (
              <p>
                Restarted {health.restartCount} {health.restartCount === 1 ? "time" : "times"}
                {health.lastTerminatedReason ? `; last reason: ${health.lastTerminatedReason}` : ""}
                .
              </p>
            )}
          </AlertDescription>
        </Alert>
      )}
      <DetailList>
        <DetailItem label="Phase">
          <Badge
            variant={failing ? "destructive" : health.phase === "Running" ? "success" : "warning"}
            data-phase={health.phase}
          >
            {health.phase}
          </Badge>
        </DetailItem>
        <Check label="Scheduled" value={health.scheduled} />
        <Check label="Initialized" value={health.initialized} />
        <Check label="Containers ready" value={health.containersReady} />
        <Check label="Ready" value={health.ready} />
        <DetailItem label="Restarts">
          {health.restartCount}
          {health.lastTerminatedReason && ` (last reason: ${health.lastTerminatedReason})`}
        </DetailItem>
        <DetailItem label="Addresses to test against (VIPs)" mono>
          {health.vips.length > 0 ? health.vips.join(", ") : <NotSet>None yet</NotSet>}
        </DetailItem>
        <DetailItem label="Container created">
          <DateTime value={health.creationTime} empty="—" />
        </DetailItem>
      </DetailList>
    </div>
  );
}
