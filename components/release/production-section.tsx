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
  return (
    <section aria-labelledby="production-title" className="grid gap-4">
      <h2 id="production-title" className="text-xl font-semibold">
        Production
      </h2>
      <EnvironmentStatus status={status} />
      <p className="text-sm text-muted-foreground">
        Deploy regions: {regions.length > 0 ? regions.join(", ") : "none reported"}.
      </p>
      {children}
    </section>
  );
}
