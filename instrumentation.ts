// Next.js calls register() once per server instance (next dev, next start), before the first
// request. It checks the configuration, so a bad environment stops start-up with a sentence
// instead of failing on the first click, starts the embedded ESA sandbox in sandbox mode, and
// opens and migrates the database.

export async function register(): Promise<void> {
  // The ESA client and the sandbox are Node-only (http, crypto). Written as a block rather than an
  // early return so the edge build drops the import entirely.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { bootEsaBackend } = await import("./lib/esa/boot");
    await bootEsaBackend();
    const { bootDatabase } = await import("./lib/audit/boot");
    await bootDatabase();
    const { bootLibrary } = await import("./lib/library/boot");
    await bootLibrary();
  }
}
