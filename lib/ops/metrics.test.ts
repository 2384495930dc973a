import { afterEach, describe, expect, it, vi } from "vitest";

import { clearSandbox, publishSandbox } from "@/lib/esa/sandbox-holder";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";
import { openTestDatabase } from "@/lib/testing/test-database";
import { sql } from "drizzle-orm";

import { studioMetrics } from "./metrics";
import { metricsResponse } from "./metrics-response";

const TOKEN = "metrics-token-0123456789";

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  clearSandbox();
  vi.unstubAllEnvs();
  await sandbox?.close();
  sandbox = undefined;
});

describe("/api/metrics", () => {
  it("is off (404) without a configured token, and refuses a missing or wrong one (401)", async () => {
    const { registry } = studioMetrics();
    expect((await metricsResponse(`Bearer ${TOKEN}`, undefined, registry)).status).toBe(404);
    expect((await metricsResponse(null, TOKEN, registry)).status).toBe(401);
    const wrong = await metricsResponse("Bearer not-the-token-at-all", TOKEN, registry);
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain("studio_");
    expect((await metricsResponse(`Basic ${TOKEN}`, TOKEN, registry)).status).toBe(401);
  });

  it("answers the token with operations, ESA durations, database durations and process metrics", async () => {
    sandbox = await startSandbox({ port: 0, creatingDelayMs: 0 });
    publishSandbox(
      Promise.resolve({
        endpoint: sandbox.endpoint,
        url: sandbox.url,
        accessKeyId: sandbox.accessKeyId,
        accessKeySecret: sandbox.accessKeySecret,
      }),
    );
    vi.stubEnv("ESA_BACKEND", "sandbox");
    vi.resetModules();
    const ops = await import("@/lib/esa/operations");
    const appId = sandbox.store.listApps()[0]!.AppId;
    await ops
      .createVersion({ AppId: appId, Name: "metrics-1", Containers: "[]" })
      .catch(() => undefined);
    await ops.listApps();
    const handle = await openTestDatabase();
    await handle.db.execute(sql`select 1`);
    await handle.close();
    studioMetrics().signIns.inc({ outcome: "failed", method: "password" });

    const response = await metricsResponse(`Bearer ${TOKEN}`, TOKEN, studioMetrics().registry);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/studio_operations_total\{operation="create",outcome="(ok|failed)"\} 1/);
    expect(text).toMatch(
      /studio_esa_call_duration_seconds_count\{action="ListEdgeContainerApps",code="OK"\} \d+/,
    );
    expect(text).toMatch(
      /studio_db_query_duration_seconds_count\{driver="pglite",statement="select"\} \d+/,
    );
    expect(text).toContain('studio_sign_ins_total{outcome="failed",method="password"} 1');
    expect(text).toContain("studio_operations_in_flight");
    expect(text).toContain("process_cpu_user_seconds_total");
  }, 120_000);
});
