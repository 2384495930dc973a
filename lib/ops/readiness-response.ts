import { checkReadiness, type ReadinessProbes } from "./readiness";

/** 200 when every check passed, 503 otherwise; the body names each check's state, nothing more. */
export async function readinessResponse(probes: ReadinessProbes): Promise<Response> {
  const { ok, checks } = await checkReadiness(probes);
  return Response.json(
    { status: ok ? "ok" : "not ok", checks },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
