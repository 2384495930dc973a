import { opsLog } from "./logger";
import { currentRequest } from "./request-context";
import { loggablePath } from "./request-log";

/**
 * Next.js's onRequestError: the error's name and digest (the "Reference" an error page shows),
 * never its message or stack, which may hold request values.
 */
export function logRequestError(
  error: unknown,
  request: { path: string; method: string },
  context: { routePath?: string; routeType?: string },
): void {
  const digest =
    typeof error === "object" && error !== null && "digest" in error
      ? String((error as { digest: unknown }).digest)
      : undefined;
  opsLog().error(
    {
      kind: "request-error",
      requestId: currentRequest()?.requestId,
      method: request.method,
      path: loggablePath(request.path),
      route: context.routePath,
      routeType: context.routeType,
      error: error instanceof Error ? error.name : typeof error,
      digest,
    },
    "request failed",
  );
}
