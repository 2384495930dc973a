import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { benchEnv, nextBin } from "./build";
import { freePort, onCleanup, startGroup, waitForHttp } from "./proc";

// This build's production server with the embedded sandbox, for the browser sections.

export async function startServer(
  ROOT: string,
  log: (message: string) => void,
): Promise<{ base: string; sandbox: string }> {
  const [appPort, sandboxPort] = [await freePort(), await freePort()];
  // A fresh database each run, so the administrator the benchmark creates is the first one.
  const dataDir = mkdtempSync(join(os.tmpdir(), "studio-bench-data-"));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = benchEnv({
    NODE_ENV: "production",
    STUDIO_DATA_DIR: dataDir,
    ESA_BACKEND: "sandbox",
    ESA_SANDBOX_PORT: String(sandboxPort),
    ESA_SANDBOX_CONTROL: "1",
  });
  const server = startGroup(
    process.execPath,
    [nextBin(ROOT), "start", "-H", "127.0.0.1", "-p", String(appPort)],
    env,
  );
  const base = `http://127.0.0.1:${appPort}`;
  await waitForHttp(`${base}/`, server);
  log(`server on ${base} (sandbox on 127.0.0.1:${sandboxPort}), pid group ${server.child.pid}`);
  return { base, sandbox: `127.0.0.1:${sandboxPort}` };
}
