import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { benchEnv } from "./build";
import type { ConcurrentResult } from "./concurrent-result";
import { freePort, runToEnd } from "./proc";
import type { ServerPathResult } from "./sections";

// The sections that run in child processes: Node with `--conditions=react-server` (lib's
// `import "server-only"` resolves to its empty module, as in the Next.js server bundle), under
// scripts/ci-postgres.sh when they need PostgreSQL (a throwaway PostgreSQL 15 server on 127.0.0.1,
// run as a non-root user, on a free port, stopped and deleted when the child ends).

const childArgs = (root: string, script: string, out: string, quick: boolean) => [
  "--conditions=react-server",
  "--import",
  "tsx",
  join(root, "scripts/bench", script),
  out,
  ...(quick ? ["--quick"] : []),
];

async function underPostgres(root: string, args: string[], env: NodeJS.ProcessEnv) {
  const port = await freePort();
  return runToEnd("bash", [join(root, "scripts/ci-postgres.sh"), "--", process.execPath, ...args], {
    ...env,
    PG_PORT: String(port),
  });
}

function resultPath(root: string, name: string): string {
  mkdirSync(join(root, "bench-results"), { recursive: true });
  return join(root, "bench-results", name);
}

/** Server path: ours vs the SDK; the guarded comparison on PGlite, and on PostgreSQL unless its
 * server cannot be started (then PGlite only: the PostgreSQL row says "not measured"). */
export async function runServerPath(
  root: string,
  quick: boolean,
  log: (message: string) => void,
): Promise<ServerPathResult> {
  const out = resultPath(root, "server-path.json");
  const args = childArgs(root, "server-path.ts", out, quick);
  const env = benchEnv({ ESA_BACKEND: "sandbox" });
  try {
    await underPostgres(root, args, env);
  } catch (error) {
    log(`server path under PostgreSQL failed, PGlite only: ${String(error).slice(0, 300)}`);
    await runToEnd(process.execPath, args, env);
  }
  return JSON.parse(readFileSync(out, "utf8")) as ServerPathResult;
}

/** 50 creates at once on two instances of this build sharing one PostgreSQL database. */
export async function runConcurrentCreates(
  root: string,
  quick: boolean,
): Promise<ConcurrentResult> {
  const out = resultPath(root, "concurrent-creates.json");
  await underPostgres(root, childArgs(root, "concurrent-creates.ts", out, quick), benchEnv());
  return JSON.parse(readFileSync(out, "utf8")) as ConcurrentResult;
}
