import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appendAudit } from "@/lib/audit/append";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";

// `npm run audit:verify` itself, as an operator runs it: on an embedded database folder, OK while
// the chain is whole, then exit 1 naming the row after that row is altered directly in SQL.

const run = promisify(execFile);
let dataDir: string;

async function withDatabase<T>(
  work: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>,
) {
  const handle = await openDatabase({ driver: "pglite", dataDir });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

async function verifyCli(): Promise<{ code: number; out: string }> {
  const env = { ...process.env, STUDIO_DATA_DIR: dataDir, ESA_BACKEND: "sandbox" };
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "audit:verify"], { env });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "studio-audit-verify-"));
  const handle = await openDatabase({ driver: "pglite", dataDir });
  try {
    await migrateDatabase(handle);
    for (const action of ["user.invite", "version.create", "grant.add"]) {
      await appendAudit(handle.db, {
        actor: { id: "u1", name: "Ada", kind: "local" },
        action,
        outcome: "ok",
      });
    }
  } finally {
    await handle.close();
  }
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("npm run audit:verify", { timeout: 120_000 }, () => {
  it("says OK for a whole chain, then names the row altered in the database", async () => {
    const whole = await verifyCli();
    expect(whole.out).toMatch(/^OK: 3 audit entries verified/m);
    expect(whole.code).toBe(0);

    const second = await withDatabase(async (db) => {
      const rows = await db.execute(sql`select id from audit_log order by id`);
      const id = Number((rows as unknown as { rows: { id: number | string }[] }).rows[1]?.id);
      await db.execute(sql`update audit_log set action = 'grant.delete' where id = ${id}`);
      return id;
    });

    const broken = await verifyCli();
    expect(broken.out).toContain(`BROKEN at row ${second}`);
    expect(broken.code).toBe(1);
  });
});
