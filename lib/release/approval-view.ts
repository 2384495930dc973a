import type { ReleaseRequestStatus } from "@/lib/db/schema/approvals";

import type { ProductionContext } from "./production-context-types";
import type { ProductionOutcome } from "./production-outcome";
import type { ProductionPlan } from "./production-plan";

// A four-eyes request as /approvals shows it: plain data for client components, with the reason
// each decision is refused to this viewer (the server checks again when asked).

export interface ApprovalView {
  id: number;
  appId: string;
  appName: string;
  versionId: string;
  kind: "publish" | "raise";
  plan: ProductionPlan;
  note: string;
  context: ProductionContext | null;
  status: ReleaseRequestStatus;
  requestedByName: string;
  requestedAt: string;
  expiresAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  reason: string | null;
  outcome: ProductionOutcome | null;
  /** Absent: this viewer may approve. Present: why not. */
  approveRefusal?: string;
  /** Absent: this viewer may reject. */
  rejectRefusal?: string;
}
