// Next.js calls register() once per server instance (next dev, next start, the packaged
// server.js), before the first request. It installs the request log, checks the configuration, so
// a bad environment stops start-up with a sentence instead of failing on the first click, starts
// the embedded ESA sandbox in sandbox mode, opens and migrates the database, and (in production)
// installs the graceful SIGTERM handler.

export async function register(): Promise<void> {
  // The ESA client and the sandbox are Node-only (http, crypto). Written as a block rather than an
  // early return so the edge build drops the import entirely.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installRequestLogging } = await import("./lib/ops/request-log");
    installRequestLogging();
    const { bootEsaBackend } = await import("./lib/esa/boot");
    await bootEsaBackend();
    const { bootDatabase } = await import("./lib/audit/boot");
    await bootDatabase();
    // Graceful SIGTERM for servers that run for real; `next dev` keeps Next's own handling.
    if (process.env.NODE_ENV === "production") {
      const { installShutdown } = await import("./lib/ops/shutdown");
      const { getServerConfig } = await import("./lib/config/env");
      const { closeDatabase } = await import("./lib/db/handle");
      installShutdown({ graceMs: getServerConfig().ops.shutdownGraceMs, closeDatabase });
    }
    const { bootLibrary } = await import("./lib/library/boot");
    await bootLibrary();
  }
}

/** A render or handler error: logged with the digest a person sees and the request's id. */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string },
  context: { routePath?: string; routeType?: string },
): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/ops/request-error");
  logRequestError(error, request, context);
}
