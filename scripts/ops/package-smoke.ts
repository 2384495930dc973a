import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { validVersion } from "@/lib/testing/version-fixtures";

import { startStudio } from "./server-process";
import { readActionIds, StudioClient } from "./studio-client";

// CI's check of the packaged server (no container engine here, so the image itself is not built):
// the folder from `npm run package`, copied alone into a temporary folder, started with plain
// node, must answer health and readiness, guard its metrics, migrate an empty database, set up and
// sign in the first administrator, browse, dry-run and create a version, and on SIGTERM in the
// middle of a create, finish it and keep its audit row (checked after a restart on the same data).
//
// Usage: tsx scripts/ops/package-smoke.ts <packaged dir>   (SMOKE_PORT, SMOKE_SANDBOX_PORT)

const APP_ID = "app-880688675783790001";
const ADMIN = {
  name: "Smoke Admin",
  email: "smoke-admin@example.com",
  password: "smoke-password-8Jq2",
};
const METRICS_TOKEN = "smoke-metrics-token-5Kd8Lw2Qz";

function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`package smoke test failed: ${what}`);
  console.log(`  ok  ${what}`);
}

async function main(): Promise<number> {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: tsx scripts/ops/package-smoke.ts <packaged dir>");
  const port = Number(process.env.SMOKE_PORT ?? 3390);
  const sandboxPort = Number(process.env.SMOKE_SANDBOX_PORT ?? 8390);
  const work = mkdtempSync(join(tmpdir(), "studio-smoke-"));
  const env = {
    STUDIO_DATA_DIR: join(work, "data"),
    STUDIO_AUTH_SECRET: "smoke-auth-secret-4Hs9Vb1Xc7Nm3Qp6Tr0Zw",
    STUDIO_METRICS_TOKEN: METRICS_TOKEN,
    ESA_SANDBOX_PORT: String(sandboxPort),
    ESA_SANDBOX_CONTROL: "1",
  };
  const logFile = join(work, "server.log");
  console.log(`Packaged server from ${dir} on port ${port}; log in ${logFile}`);
  let server = await startStudio({ dir, port, env, logFile });
  try {
    const ids = readActionIds(dir);
    const client = new StudioClient(server.origin);
    const health = await client.get("/api/health");
    check(
      health.status === 200 && health.requestId,
      "GET /api/health answers 200 with an X-Request-Id",
    );
    const ready = await client.get("/api/ready");
    check(
      ready.status === 200 && JSON.parse(ready.value).status === "ok",
      "GET /api/ready: database migrated, credentials resolvable",
    );
    check(
      (await client.get("/api/metrics")).status === 401,
      "GET /api/metrics without the token is refused",
    );

    const anonymous = await client.get("/apps");
    check(
      anonymous.status === 307 && /\/sign-in|\/setup/.test(anonymous.value + ""),
      "an anonymous page request is sent to sign in",
    );
    const setUp = await client.action<{ ok: boolean }>("/setup", ids.setUp, [ADMIN]);
    check(
      setUp.value.ok && client.cookie,
      "setup creates the first administrator and signs them in",
    );
    const signedIn = new StudioClient(server.origin);
    const signIn = await signedIn.signIn(ADMIN.email, ADMIN.password);
    check(signIn.status === 200 && signedIn.cookie, "sign-in with the password answers a session");

    const apps = await signedIn.get("/apps");
    check(apps.status === 200 && apps.value.includes(APP_ID), "browse: the application list");
    const versions = await signedIn.get(`/api/apps/${APP_ID}/versions`);
    check(
      versions.status === 200 && JSON.parse(versions.value).items.length > 0,
      "browse: an application's versions",
    );

    const page = `/apps/${APP_ID}/versions/new`;
    const version = { ...validVersion(), appId: APP_ID, name: "smoke-create-1" };
    const dryRun = await signedIn.action<{ ok: boolean }>(page, ids.validateVersion, [version]);
    check(dryRun.value.ok, "a dry run of a valid version passes");
    const created = await signedIn.action<{ ok: boolean; versionId?: string }>(
      page,
      ids.createVersion,
      [version],
    );
    check(
      created.value.ok && created.value.versionId,
      `create: version ${created.value.versionId}`,
    );
    const listed = await signedIn.get(`/api/apps/${APP_ID}/versions?q=smoke-create-1`);
    check(listed.value.includes(created.value.versionId!), "the created version is listed");

    const metrics = await fetch(`${server.origin}/api/metrics`, {
      headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
    });
    const metricsText = await metrics.text();
    check(
      metrics.ok &&
        /studio_operations_total\{operation="create",outcome="ok"\} 1/.test(metricsText),
      "metrics with the token count the create",
    );

    // SIGTERM while ESA holds a create for 1.5 s.
    await fetch(`http://127.0.0.1:${sandboxPort}/__sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        action: "CreateEdgeContainerAppVersion",
        kind: "slow-before-commit",
        delayMs: 1500,
      }),
    });
    const during = { ...version, name: "smoke-during-sigterm" };
    const pending = signedIn.action<{ ok: boolean; versionId?: string }>(page, ids.createVersion, [
      during,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.signal("SIGTERM");
    const answered = await pending;
    check(
      answered.value.ok && answered.value.versionId,
      `a create in flight at SIGTERM finishes: ${answered.value.versionId}`,
    );
    const code = await server.exited;
    check(code === 0, "the server exits 0 after draining");

    server = await startStudio({ dir, port, env, logFile });
    const again = new StudioClient(server.origin);
    await again.signIn(ADMIN.email, ADMIN.password);
    const exported = await again.get("/api/audit/export?format=json");
    const rows = JSON.parse(exported.value) as {
      action: string;
      outcome: string;
      target: string | null;
    }[];
    check(
      rows.some(
        (r) =>
          r.action === "version.create" &&
          r.outcome === "ok" &&
          r.target === "smoke-during-sigterm",
      ),
      "after a restart, the audit log holds the interrupted create's row (outcome ok)",
    );
    console.log("Package smoke test passed.");
    return 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
