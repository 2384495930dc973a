// Child of run.ts, started under scripts/ci-postgres.sh (TEST_DATABASE_URL names a throwaway
// PostgreSQL 15 server): two instances of this build (`next start` on .next-bench) on one
// database, the ESA sandbox in this process, both instances pointing at it as if it were ESA.
// Measures single creates first, one after the other, then 50 creates at once, and counts the
// creates the sandbox received against the distinct names sent. Writes its result as JSON.
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { startSandbox } from "@/lib/sandbox/server";
import { SANDBOX_ACCESS_KEY_ID, SANDBOX_ACCESS_KEY_SECRET } from "@/lib/sandbox/defaults";
import { createTestDatabase } from "@/lib/testing/test-database";
import { validVersion } from "@/lib/testing/version-fixtures";
import { readActionIds, StudioClient } from "../ops/studio-client";
import { BENCH_DIST_DIR, benchEnv, nextBin } from "./build";
import { freePort, onCleanup, runCleanups, startGroup, waitForHttp } from "./proc";
import { writeConcurrentResult, type CreateSample } from "./concurrent-result";

const ROOT = process.cwd();
const APP = "app-880688675783790001";
const PAGE = `/apps/${APP}/versions/new`;
const ADMIN = { name: "Bench Admin", email: "bench@example.com", password: "bench-password-1" };
const QUICK = process.argv.includes("--quick");
const SINGLES = QUICK ? 3 : 10;
/** 50 requests at once: TWINS versions sent to both instances at the same moment (a double
 * submit across instances), the rest once each, alternating between the instances. */
const CONCURRENT = QUICK ? 10 : 50;
const TWINS = QUICK ? 2 : 10;

type Created = { ok: boolean; versionId?: string; code?: string };

/** The build's server action ids; readActionIds expects `<dir>/.next`, this build is .next-bench. */
function actionIds() {
  const dir = mkdtempSync(join(os.tmpdir(), "studio-bench-ids-"));
  try {
    symlinkSync(join(ROOT, BENCH_DIST_DIR), join(dir, ".next"));
    return readActionIds(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timedCreate(client: StudioClient, id: string, name: string, instance: string) {
  const start = performance.now();
  const answer = await client.action<Created>(PAGE, id, [{ ...validVersion(), appId: APP, name }]);
  const ms = performance.now() - start;
  const ok = answer.status === 200 && answer.value.ok;
  return {
    name,
    instance,
    ms,
    ok,
    versionId: ok ? answer.value.versionId : undefined,
    code: ok ? undefined : answer.status === 200 ? answer.value.code : `HTTP ${answer.status}`,
  };
}

async function main(): Promise<void> {
  const out = process.argv[2];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!out || !serverUrl)
    throw new Error("usage: ci-postgres.sh -- … concurrent-creates.ts <out.json>");
  const sandbox = await startSandbox({
    port: 0,
    host: "127.0.0.1",
    controlEnabled: true,
    creatingDelayMs: 0,
  });
  onCleanup(() => sandbox.close());
  const testDb = await createTestDatabase();
  onCleanup(() => testDb.drop());
  if (testDb.target.driver !== "pg") throw new Error("not on PostgreSQL");
  const env = benchEnv({
    NODE_ENV: "production",
    DATABASE_URL: testDb.target.url,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    STUDIO_AUTH_SECRET: randomBytes(32).toString("base64url"),
    STUDIO_LOG_LEVEL: "warn",
    ESA_BACKEND: "aliyun",
    ESA_ENDPOINT: sandbox.endpoint,
    ESA_PROTOCOL: "HTTP",
    ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_ACCESS_KEY_ID,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_ACCESS_KEY_SECRET,
  });
  const origins: string[] = [];
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const server = startGroup(
      process.execPath,
      [nextBin(ROOT), "start", "-H", "127.0.0.1", "-p", String(port)],
      env,
    );
    origins.push(`http://127.0.0.1:${port}`);
    await waitForHttp(`${origins[i]}/api/health`, server);
  }
  const ids = actionIds();
  const a = new StudioClient(origins[0]!, "10.99.0.1");
  const setUp = await a.action<{ ok: boolean }>("/setup", ids.setUp, [ADMIN]);
  if (!setUp.value.ok || !a.cookie) throw new Error("setup failed");
  const clients = [a, a.on(origins[1]!)];
  const run = `c${process.pid}`;
  // Warm-up: one create per instance (first renders, connection pools), not counted.
  for (const [i, c] of clients.entries())
    await timedCreate(c, ids.createVersion, `${run}-warm-${i}`, "");

  const singles: CreateSample[] = [];
  for (let i = 0; i < SINGLES; i++) {
    singles.push(
      await timedCreate(clients[i % 2]!, ids.createVersion, `${run}-single-${i}`, `${i % 2}`),
    );
  }
  const jobs: Promise<CreateSample>[] = [];
  for (let i = 0; i < TWINS; i++) {
    for (const [k, c] of clients.entries())
      jobs.push(timedCreate(c, ids.createVersion, `${run}-twin-${i}`, `${k}`));
  }
  for (let i = 0; jobs.length < CONCURRENT; i++) {
    jobs.push(timedCreate(clients[i % 2]!, ids.createVersion, `${run}-once-${i}`, `${i % 2}`));
  }
  const concurrent = await Promise.all(jobs);

  const log = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as {
    requests: { action: string | null; body: Record<string, string>; status: number | null }[];
  };
  const received = log.requests
    .filter((r) => r.action === "CreateEdgeContainerAppVersion")
    .map((r) => r.body.Name ?? "")
    .filter((name) => name.startsWith(`${run}-twin-`) || name.startsWith(`${run}-once-`));
  writeConcurrentResult(out, { singles, concurrent, received });
}

main().then(
  async () => {
    await runCleanups();
    process.exit(0);
  },
  async (error: unknown) => {
    console.error(error);
    await runCleanups();
    process.exit(1);
  },
);
