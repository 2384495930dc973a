import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join } from "node:path";

// Starts a packaged Version Studio (node start.mjs) as its own process group and waits for its
// liveness endpoint; for the smoke test and the load test.

export interface StudioProcess {
  origin: string;
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  signal(name: NodeJS.Signals): void;
  stop(): Promise<void>;
}

/** The machine's environment without anything that would make the package lean on the checkout. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {};
  for (const name of ["PATH", "HOME", "LANG", "TZ", "TMPDIR"])
    if (process.env[name]) env[name] = process.env[name];
  return { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

export async function startStudio(options: {
  dir: string;
  port: number;
  env: Record<string, string>;
  logFile: string;
  timeoutMs?: number;
}): Promise<StudioProcess> {
  const log = createWriteStream(options.logFile, { flags: "a" });
  const child: ChildProcess = spawn(process.execPath, [join(options.dir, "start.mjs")], {
    cwd: options.dir,
    env: cleanEnv({ PORT: String(options.port), HOSTNAME: "127.0.0.1", ...options.env }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const origin = `http://127.0.0.1:${options.port}`;
  const exitCode = (): number | null => child.exitCode;
  const signal = (name: NodeJS.Signals) => {
    if (child.pid && exitCode() === null) process.kill(-child.pid, name);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    if (exitCode() !== null)
      throw new Error(`the server exited with ${exitCode()}; see ${options.logFile}`);
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      signal("SIGKILL");
      throw new Error(`the server did not answer /api/health in time; see ${options.logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    child,
    exited,
    signal,
    async stop() {
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
