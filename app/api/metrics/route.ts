import { getServerConfig } from "@/lib/config/env";
import { metricsResponse } from "@/lib/ops/metrics-response";
import { studioMetrics } from "@/lib/ops/metrics";

// Prometheus scrapes this with `Authorization: Bearer $STUDIO_METRICS_TOKEN`; a machine, not a
// person, so it is outside the session guard and protected by the token alone (404 when unset).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return metricsResponse(
    request.headers.get("authorization"),
    getServerConfig().ops.metricsToken,
    studioMetrics().registry,
  );
}
