// Liveness: the process answers. Unauthenticated on purpose (load balancers and the container's
// HEALTHCHECK call it) and outside the guard, so it reveals nothing but "ok"; proxy.ts does not
// gate /api/ paths.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
