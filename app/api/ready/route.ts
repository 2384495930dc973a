import { readinessResponse } from "@/lib/ops/readiness-response";
import { processProbes } from "@/lib/ops/readiness-probes";

// Readiness: database reachable and migrated, ESA credentials resolvable, without a billable ESA
// call. Unauthenticated on purpose and outside the guard: it answers ok / not ok per check only.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return readinessResponse(processProbes);
}
