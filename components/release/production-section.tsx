"use client";

import { useTranslations } from "next-intl";

import type { EsaAppStatus } from "@/lib/esa/release-types";

import { EnvironmentStatus } from "./environment-status";

interface ProductionSectionProps {
  status: EsaAppStatus;
  /** GetEdgeContainerDeployRegions: where a region publish may go. */
  regions: string[];
  /** Production's controls (publish by percentage or regions, raise), from the approvals work. */
  children?: React.ReactNode;
}

/** Production's status, and the slot where its publish controls go. */
export function ProductionSection({ status, regions, children }: ProductionSectionProps) {
  const t = useTranslations("release.view");
  return (
    <section aria-labelledby="production-title" className="grid gap-4">
      <h2 id="production-title" className="text-xl font-semibold">
        {t("production")}
      </h2>
      <EnvironmentStatus status={status} />
      <p className="text-sm text-muted-foreground">
        {regions.length > 0
          ? t("deployRegions", { regions: regions.join(", ") })
          : t("noDeployRegions")}
      </p>
      {children}
    </section>
  );
}
