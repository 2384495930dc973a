import { describe, expect, it } from "vitest";

import { openTestDatabase } from "@/lib/testing/test-database";
import { migrationsPending } from "@/lib/db/migrate";
import { sql } from "drizzle-orm";

import type { CheckName, ReadinessProbes } from "./readiness";
import { readinessResponse } from "./readiness-response";

function probes(overrides: Partial<ReadinessProbes> = {}) {
  const reported: CheckName[] = [];
  const base: ReadinessProbes = {
    database: async () => undefined,
    pendingMigrations: async () => 0,
    credentials: async () => undefined,
    report: (check) => reported.push(check),
  };
  return { probes: { ...base, ...overrides }, reported };
}

const SECRET_REASON = "connect ECONNREFUSED db.internal:5432 password=hunter2-secret";

describe("/api/ready", () => {
  it("answers 200 with every check ok", async () => {
    const response = await readinessResponse(probes().probes);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      checks: { database: "ok", migrations: "ok", credentials: "ok" },
    });
  });

  it("names the failed check, never its reason", async () => {
    const { probes: p, reported } = probes({
      database: async () => {
        throw new Error(SECRET_REASON);
      },
    });
    const response = await readinessResponse(p);
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      status: "not ok",
      checks: { database: "failed", migrations: "failed", credentials: "ok" },
    });
    expect(text).not.toContain("hunter2");
    expect(reported).toEqual(["database"]);
  });

  it("is not ready while migrations are pending, or credentials cannot be resolved", async () => {
    const pending = await readinessResponse(probes({ pendingMigrations: async () => 2 }).probes);
    expect(pending.status).toBe(503);
    expect((await pending.json()).checks).toEqual({
      database: "ok",
      migrations: "failed",
      credentials: "ok",
    });
    const noCredentials = await readinessResponse(
      probes({ credentials: () => Promise.reject(new Error("no chain")) }).probes,
    );
    expect((await noCredentials.json()).checks.credentials).toBe("failed");
  });

  it("counts a hanging check as failed instead of hanging itself", async () => {
    const { checkReadiness } = await import("./readiness");
    const started = Date.now();
    const result = await checkReadiness(
      probes({ database: () => new Promise(() => undefined) }).probes,
      50,
    );
    expect(result.checks.database).toBe("failed");
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("migrationsPending", () => {
  it("is 0 on a migrated database and counts what an older one lacks", async () => {
    const handle = await openTestDatabase();
    try {
      expect(await migrationsPending(handle)).toBe(0);
      await handle.db.execute(
        sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`,
      );
      expect(await migrationsPending(handle)).toBe(1);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
