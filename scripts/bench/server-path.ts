// Child process of run.ts, started with `--conditions=react-server` so that lib/esa's
// `import "server-only"` resolves to its empty module, exactly as in the Next.js server bundle.
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { publishSandbox } from "@/lib/aliyun/sandbox-holder";
import { startSandbox } from "@/lib/sandbox/server";
import { submitVersion } from "@/lib/submit/submit-version";
import { buildCreateVersionParams, buildReadableRequest } from "@/lib/version/build-params";
import { versionFormSchema } from "@/lib/version/request-schema";
import { createTestDatabase, usesRealPostgres } from "@/lib/testing/test-database";
import { bigVersion, timeSync } from "./fixtures";
import { GUARDED_PATH_INCLUDES, openGuardedPath, type GuardedPath } from "./guarded-path";
import { sdkClient, toSdkRequest } from "../../lib/testing/sdk-request";
import { median } from "./stats";

const KEY_ID = "LTAI5tBenchmarkKey";
const KEY_SECRET = "benchmark-secret";
const APP = "app-880688675783790001"; // seeded in the sandbox's demo data
/** `--quick`: a few calls per side, to check that the section runs (its figures mean little). */
const QUICK = process.argv.includes("--quick");

/** Answers every request like a successful create: measures the clients, not a server. */
async function startCapture(): Promise<{ endpoint: string; close: () => void }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json;charset=utf-8" });
      res.end('{"RequestId":"BENCH","VersionId":"ver-bench"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

type Side = { medianUs: number; meanUs: number; opsPerSec: number; calls: number };
export type Comparison = Record<"ours" | "sdk", Side> & {
  /** ours/SDK of each round's medians: a paired figure, so drift between rounds cancels out. */
  roundRatios: number[];
  /** The guarded path only: median ms per create of each of its parts (guarded-path.ts). */
  phasesMs?: Record<string, number>;
};

/** Numbers unique names across comparisons: they share one sandbox, where a name is taken once. */
let n = 0;

/** Alternates short blocks of our path and the SDK's, swapping which goes first each round, so
 * that drift (other work on the machine, the sandbox's growing store) hits both alike. */
async function compare(
  endpoint: string,
  rounds: number,
  perRound: number,
  uniqueNames: boolean,
  /** Our side, when it is not submitVersion alone (guarded-path.ts); opened after the publish. */
  openOurs?: () => Promise<GuardedPath>,
): Promise<Comparison> {
  publishSandbox(
    Promise.resolve({
      endpoint,
      url: `http://${endpoint}`,
      accessKeyId: KEY_ID,
      accessKeySecret: KEY_SECRET,
    }),
  );
  const sdk = sdkClient(endpoint, KEY_ID, KEY_SECRET);
  const input = (side: string) =>
    bigVersion(30, uniqueNames ? `bench-${side}-${process.pid}-${n++}` : "bench-30");
  const guarded = openOurs ? await openOurs() : undefined;
  const ours = guarded
    ? () => guarded.create({ ...input("ours"), appId: APP })
    : async () => {
        const result = await submitVersion({ ...input("ours"), appId: APP });
        if (!result.ok) throw new Error(`our path failed: ${result.code} ${result.message}`);
      };
  const theirs = async () => {
    const parsed = versionFormSchema.safeParse({ ...input("sdk"), appId: APP });
    if (!parsed.success) throw new Error("invalid benchmark version");
    const response = await sdk.createEdgeContainerAppVersion(
      toSdkRequest(buildReadableRequest(parsed.data)),
    );
    if (!response.body?.versionId) throw new Error("SDK create answered without a VersionId");
  };
  // The guarded path's database (a PGlite folder) is closed and removed also on failure.
  try {
    const times: Record<"ours" | "sdk", number[]> = { ours: [], sdk: [] };
    const block = async (fn: () => Promise<void>, calls: number): Promise<number[]> => {
      const t: number[] = [];
      for (let i = 0; i < calls; i++) {
        const start = process.hrtime.bigint();
        await fn();
        t.push(Number(process.hrtime.bigint() - start) / 1000);
      }
      return t;
    };
    await block(ours, QUICK ? 5 : 50); // warm-up: JIT, keep-alive sockets, credential objects
    await block(theirs, QUICK ? 5 : 50);
    const roundRatios: number[] = [];
    if (QUICK) [rounds, perRound] = [4, 2];
    for (let r = 0; r < rounds; r++) {
      const round: Record<"ours" | "sdk", number[]> = { ours: [], sdk: [] };
      const order = r % 2 === 0 ? (["ours", "sdk"] as const) : (["sdk", "ours"] as const);
      for (const side of order)
        round[side] = await block(side === "ours" ? ours : theirs, perRound);
      times.ours.push(...round.ours);
      times.sdk.push(...round.sdk);
      roundRatios.push(median(round.ours) / median(round.sdk));
    }
    const summary = (t: number[]): Side => {
      const mean = t.reduce((a, b) => a + b, 0) / t.length;
      return { medianUs: median(t), meanUs: mean, opsPerSec: 1e6 / mean, calls: t.length };
    };
    const phasesMs = guarded?.phases();
    return { ours: summary(times.ours), sdk: summary(times.sdk), roundRatios, phasesMs };
  } finally {
    await guarded?.close();
  }
}

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("usage: server-path.ts <result.json>");
  const values = bigVersion(30);
  const cpu = {
    validateUs: timeSync(() => versionFormSchema.safeParse(values), 1000).usPerCall,
    buildUs: timeSync(() => buildCreateVersionParams(values), 1000).usPerCall,
  };
  const capture = await startCapture();
  const sandbox = await startSandbox({
    port: 0,
    host: "127.0.0.1",
    accessKeyId: KEY_ID,
    accessKeySecret: KEY_SECRET,
    creatingDelayMs: 0,
  });
  try {
    const vsCapture = await compare(capture.endpoint, 40, 10, false);
    const vsSandbox = await compare(`${sandbox.host}:${sandbox.port}`, 30, 8, true);
    const endpoint = `${sandbox.host}:${sandbox.port}`;
    const pglite = await compare(endpoint, 30, 8, true, () => openGuardedPath());
    // PostgreSQL when run under scripts/ci-postgres.sh (TEST_DATABASE_URL): a database of its own.
    let postgres: Comparison | null = null;
    if (usesRealPostgres()) {
      const testDb = await createTestDatabase();
      const url = testDb.target.driver === "pg" ? testDb.target.url : undefined;
      try {
        postgres = await compare(endpoint, 30, 8, true, () => openGuardedPath(url));
      } finally {
        await testDb.drop();
      }
    }
    const guarded = { includes: GUARDED_PATH_INCLUDES, pglite, postgres };
    writeFileSync(out, JSON.stringify({ cpu, vsCapture, vsSandbox, guarded }, null, 2));
  } finally {
    capture.close();
    await sandbox.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
