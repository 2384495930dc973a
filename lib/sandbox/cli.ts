// `npm run sandbox`: runs the sandbox in the foreground until SIGINT/SIGTERM.
// Environment: ESA_SANDBOX_PORT (default 8787), ESA_SANDBOX_ACCESS_KEY_ID,
// ESA_SANDBOX_ACCESS_KEY_SECRET (defaults in ./defaults.ts), ESA_SANDBOX_CONTROL=1 to enable the
// /__sandbox/ control endpoints, ESA_SANDBOX_SEED=demo|large.
import { readCliConfig } from "./cli-config";
import { startSandbox } from "./server";

async function main(): Promise<void> {
  const config = readCliConfig(process.env);
  if (!config.ok) {
    console.error(`[sandbox] ${config.message}`);
    process.exitCode = 1;
    return;
  }
  const sandbox = await startSandbox(config.options);
  // The secret is a public sandbox default or one the developer chose; printing it is the point.
  console.log(
    `[sandbox] ESA sandbox listening on ${sandbox.url} (endpoint ${sandbox.endpoint}, protocol HTTP)`,
  );
  console.log(`[sandbox] AccessKey ID:     ${sandbox.accessKeyId}`);
  console.log(`[sandbox] AccessKey secret: ${sandbox.accessKeySecret}`);
  console.log(
    `[sandbox] control endpoints (/__sandbox/): ${sandbox.controlEnabled ? "enabled" : "disabled (set ESA_SANDBOX_CONTROL=1)"}`,
  );

  const stop = (signal: NodeJS.Signals) => {
    console.log(`[sandbox] ${signal} received, shutting down`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("[sandbox] error while closing:", error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") {
    console.error(
      "[sandbox] the port is already in use; set ESA_SANDBOX_PORT to another port (0 picks a free one).",
    );
  } else {
    console.error("[sandbox] failed to start:", error);
  }
  process.exitCode = 1;
});
