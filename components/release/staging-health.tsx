"use client";

import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";

import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { EsaStagingHealth, StagingCheck } from "@/lib/esa/release-types";
import { isStagingFailing } from "@/lib/release/rollout-motion";

import { Stamp } from "./stamp";

// Staging's container: phase, readiness checks, restarts and the addresses to test against.
// A container that cannot run (ImagePullBackOff, CrashLoopBackOff) is said plainly, with why.

/** The advice (release.health.*) for a phase in which the container cannot run. */
const FAILURE_ADVICE = {
  ImagePullBackOff: "imagePullBackOff",
  CrashLoopBackOff: "crashLoopBackOff",
  Failed: "failed",
} as const;

function adviceKey(phase: string) {
  return phase in FAILURE_ADVICE ? FAILURE_ADVICE[phase as keyof typeof FAILURE_ADVICE] : "notRunning";
}

function Check({ label, value }: { label: string; value: StagingCheck }) {
  const t = useTranslations("release.health");
  return (
    <DetailItem label={label}>
      <Badge variant={value === "ok" ? "success" : "outline"}>{value || t("unknown")}</Badge>
    </DetailItem>
  );
}

export function StagingHealth({ health }: { health: EsaStagingHealth }) {
  const t = useTranslations("release.health");
  const failing = isStagingFailing(health);
  const count = health.restartCount;
  const reason = health.lastTerminatedReason;
  return (
    <div className="grid gap-3">
      {failing && (
        <Alert variant="destructive">
          <AlertTriangle aria-hidden />
          <AlertTitle>{t("failing", { phase: health.phase })}</AlertTitle>
          <AlertDescription>
            <p>{t(adviceKey(health.phase))}</p>
            {count > 0 && (
              <p>{reason ? t("restartedWithReason", { count, reason }) : t("restarted", { count })}</p>
            )}
          </AlertDescription>
        </Alert>
      )}
      <DetailList>
        <DetailItem label={t("phase")}>
          <Badge
            variant={failing ? "destructive" : health.phase === "Running" ? "success" : "warning"}
            data-phase={health.phase}
          >
            {health.phase}
          </Badge>
        </DetailItem>
        <Check label={t("scheduled")} value={health.scheduled} />
        <Check label={t("initialized")} value={health.initialized} />
        <Check label={t("containersReady")} value={health.containersReady} />
        <Check label={t("ready")} value={health.ready} />
        <DetailItem label={t("restarts")}>
          {reason ? t("restartsWithReason", { count, reason }) : count}
        </DetailItem>
        <DetailItem label={t("vips")} mono>
          {health.vips.length > 0 ? health.vips.join(", ") : <NotSet>{t("noneYet")}</NotSet>}
        </DetailItem>
        <DetailItem label={t("created")}>
          <Stamp value={health.creationTime} empty="—" />
        </DetailItem>
      </DetailList>
    </div>
  );
}
