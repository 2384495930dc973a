import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { Pool } from "pg";

import { SANDBOX_ACCESS_KEY_ID, SANDBOX_ACCESS_KEY_SECRET } from "@/lib/sandbox/defaults";

import { startStudio, type StudioProcess } from "../ops/server-process";
import { readActionIds, StudioClient } from "../ops/studio-client";

import { ActionStats, table } from "./stats";
import { LOAD_APP_ID, runVirtualUser, type UserTally } from "./virtual-user";

// `npm run loadtest`: PostgreSQL (scripts/ci-postgres.sh starts a throwaway one), the ESA sandbox
// as its own process, and two packaged instances on one database, all on 127.0.0.1. 100 people
// (invited and signed in) browse, dry-run and create for 60 s; some creates go to both instances
// at once. Prints throughput, p50/p95/p99 per action, errors, duplicate versions (must be 0) and
// audit rows against answered actions (must match). Bounded: a watchdog ends everything.
//
// LOADTEST_USERS (100), LOADTEST_SECONDS (60), LOADTEST_PORT_A/B (3394/3395),
// LOADTEST_SANDBOX_PORT (8394).

const USERS = Number(process.env.LOADTEST_USERS ?? 100);
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 60);
const PORT_A = Number(process.env.LOADTEST_PORT_A ?? 3394);
const PORT_B = Number(process.env.LOADTEST_PORT_B ?? 3395);
const SANDBOX_PORT = Number(process.env.LOADTEST_SANDBOX_PORT ?? 8394);
const ROOT = resolve(import.meta.dirname, "../..");
const ADMIN = {
  name: "Load Admin",
  email: "load-admin@example.com",
  password: "load-admin-password-1",
};
const METRICS_TOKEN = randomBytes(18).toString("base64url");

const children: ChildProcess[] = [];
const instances: StudioProcess[] = [];

function stopAll(): void {
  for (const child of children)
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  for (const instance of instances) instance.signal("SIGKILL");
}

// Bounded in time whatever happens: preparation, the run and the report together.
const watchdog = setTimeout(
  () => {
    console.error("Load test watchdog: out of time, stopping everything.");
    stopAll();
    process.exit(2);
  },
  (SECONDS + 600) * 1000,
);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function startSandbox(): Promise<void> {
  const child = spawn("npx", ["tsx", "lib/sandbox/cli.ts"], {
    cwd: ROOT,
    env: { ...process.env, ESA_SANDBOX_PORT: String(SANDBOX_PORT), ESA_SANDBOX_CONTROL: "0" },
    stdio: "ignore",
    detached: true,
  });
  children.push(child);
  for (let i = 0; i < 240; i += 1) {
    if (
      await fetch(`http://127.0.0.1:${SANDBOX_PORT}/`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the sandbox did not start");
}

async function prepareUsers(
  origin: string,
  ids: ReturnType<typeof readActionIds>,
): Promise<StudioClient[]> {
  const admin = new StudioClient(origin, "10.99.0.1");
  const setUp = await admin.action<{ ok: boolean }>("/setup", ids.setUp, [ADMIN]);
  if (!setUp.value.ok) throw new Error("setup failed");
  const grant = await admin.action<{ ok: boolean }>("/admin", ids.saveDefaultGrant, [
    { mode: "grant", role: "releaser", appPattern: "*" },
  ]);
  if (!grant.value.ok) throw new Error("the default grant could not be saved");
  const users: StudioClient[] = [];
  for (let start = 0; start < USERS; start += 10) {
    const batch = Array.from({ length: Math.min(10, USERS - start) }, (_, k) => start + k);
    users.push(
      ...(await Promise.all(
        batch.map(async (i) => {
          const invited = await admin.action<{ ok: boolean; path?: string }>(
            "/admin",
            ids.createInvitation,
            [{ email: `load-user-${i}@example.com` }],
          );
          if (!invited.value.ok || !invited.value.path) throw new Error(`invitation ${i} failed`);
          const user = new StudioClient(origin, `10.77.${Math.floor(i / 250)}.${(i % 250) + 1}`);
          const token = decodeURIComponent(invited.value.path.split("/")[2] ?? "");
          const accepted = await user.action<{ ok: boolean }>(
            invited.value.path,
            ids.acceptInvitation,
            [token, { name: `Load User ${i}`, password: `load-user-password-${i}` }],
          );
          if (!accepted.value.ok || !user.cookie) throw new Error(`user ${i} could not sign in`);
          return user;
        }),
      )),
    );
  }
  return users;
}

async function versionNames(admin: StudioClient): Promise<Map<string, number>> {
  const names = new Map<string, number>();
  for (let page = 1; ; page += 1) {
    const answer = await admin.get(
      `/api/apps/${LOAD_APP_ID}/versions?size=100&page=${page}&sort=created`,
    );
    const body = JSON.parse(answer.value) as { items: { name: string }[]; totalCount: number };
    for (const item of body.items) names.set(item.name, (names.get(item.name) ?? 0) + 1);
    if (body.items.length < 100 || page * 100 >= body.totalCount) return names;
  }
}

async function main(): Promise<void> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server)
    throw new Error("Run it as `npm run loadtest` (PostgreSQL comes from scripts/ci-postgres.sh).");
  if (!existsSync(join(ROOT, ".next/standalone/server.js"))) run("npm", ["run", "build"]);
  const work = mkdtempSync(join(tmpdir(), "studio-load-"));
  const dir = join(work, "version-studio");
  run("npx", ["tsx", "scripts/package.ts", dir]);

  const dbName = `studio_load_${randomBytes(4).toString("hex")}`;
  const admin = new Pool({ connectionString: server, max: 1 });
  await admin.query(`create database ${dbName}`);
  const url = new URL(server);
  url.pathname = `/${dbName}`;
  try {
    await startSandbox();
    const env = {
      DATABASE_URL: url.toString(),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      STUDIO_AUTH_SECRET: randomBytes(32).toString("base64url"),
      STUDIO_METRICS_TOKEN: METRICS_TOKEN,
      STUDIO_LOG_LEVEL: "warn",
      ESA_BACKEND: "aliyun",
      ESA_ENDPOINT: `127.0.0.1:${SANDBOX_PORT}`,
      ESA_PROTOCOL: "HTTP",
      ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_ACCESS_KEY_ID,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_ACCESS_KEY_SECRET,
    };
    const logFile = join(work, "servers.log");
    instances.push(await startStudio({ dir, port: PORT_A, env, logFile }));
    instances.push(await startStudio({ dir, port: PORT_B, env, logFile }));
    const [a, b] = instances as [StudioProcess, StudioProcess];
    const ids = readActionIds(dir);
    console.log(
      `Two instances (${a.origin}, ${b.origin}) on PostgreSQL ${dbName}; preparing ${USERS} people…`,
    );
    const users = await prepareUsers(a.origin, ids);

    console.log(`Running ${USERS} virtual users for ${SECONDS} s…`);
    const stats = new ActionStats();
    const tally: UserTally = {
      audited: { create: 0, validate: 0, publish: 0 },
      created: new Set(),
      twinMismatches: 0,
      twinPublishes: { ok: 0, mismatches: 0 },
    };
    const started = Date.now();
    const until = started + SECONDS * 1000;
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    await Promise.all(
      users.map((user, index) =>
        runVirtualUser({
          index,
          clients: [user, user.on(b.origin)],
          ids,
          until,
          stats,
          tally,
          random,
        }),
      ),
    );
    const elapsed = (Date.now() - started) / 1000;

    const reader = new StudioClient(a.origin, "10.99.0.1");
    await reader.signIn(ADMIN.email, ADMIN.password);
    const names = await versionNames(reader);
    const loadNames = [...names.entries()].filter(([name]) => name.startsWith("lt-"));
    const duplicates = loadNames.reduce((n, [, count]) => n + Math.max(0, count - 1), 0);
    const missing = [...tally.created].filter((name) => !names.has(name)).length;
    const exported = JSON.parse((await reader.get("/api/audit/export?format=json")).value) as {
      action: string;
    }[];
    const auditCreates = exported.filter((r) => r.action === "version.create").length;
    const auditDryRuns = exported.filter((r) => r.action === "version.validate").length;
    const auditPublishes = exported.filter((r) => r.action === "release.publish-staging").length;

    console.log(
      `\nLoad test: ${USERS} users, ${elapsed.toFixed(1)} s, two instances on PostgreSQL, ESA sandbox\n`,
    );
    console.log(
      table(
        stats.rows().map((r) => ({
          action: r.action,
          requests: r.count,
          errors: r.errors,
          "p50 ms": Math.round(r.p50),
          "p95 ms": Math.round(r.p95),
          "p99 ms": Math.round(r.p99),
        })),
      ),
    );
    console.log(
      `\nThroughput: ${(stats.count() / elapsed).toFixed(1)} requests/s (${stats.count()} requests, ${stats.errorCount()} errors)`,
    );
    console.log(
      `Versions created: ${tally.created.size}; duplicate versions: ${duplicates}; created but not listed: ${missing}`,
    );
    console.log(
      `Same create to both instances, answers naming different versions: ${tally.twinMismatches}`,
    );
    console.log(
      `Audit rows vs answered actions: creates ${auditCreates}/${tally.audited.create}, dry runs ${auditDryRuns}/${tally.audited.validate}, staging publishes ${auditPublishes}/${tally.audited.publish}`,
    );
    console.log(
      `Same staging publish to both instances, both ok: ${tally.twinPublishes.ok}; answers with different ESA RequestIds (sent twice): ${tally.twinPublishes.mismatches}`,
    );
    const pass =
      duplicates === 0 &&
      missing === 0 &&
      tally.twinMismatches === 0 &&
      auditCreates === tally.audited.create &&
      auditDryRuns === tally.audited.validate &&
      auditPublishes === tally.audited.publish &&
      tally.twinPublishes.mismatches === 0;
    console.log(pass ? "\nPASS" : "\nFAIL");
    process.exitCode = pass ? 0 : 1;
  } finally {
    for (const instance of instances) await instance.stop();
    stopAll();
    await admin.query(`drop database if exists ${dbName} with (force)`).catch((error: unknown) => {
      console.error(`could not drop ${dbName}: ${String(error)}`);
    });
    await admin.end();
    rmSync(work, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  stopAll();
  process.exit(1);
});
