import { readFileSync } from "node:fs";
import path from "node:path";

import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { createTestDatabase, usesRealPostgres } from "@/lib/testing/test-database";

import { openDatabase, type DatabaseHandle } from "./client";
import { DEFAULT_MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";
import { rowsOf } from "./rows";

const journal = JSON.parse(
  readFileSync(path.join(DEFAULT_MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8"),
) as { entries: unknown[] };

const toClose: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of toClose.reverse()) await close();
}, 60_000);

async function fresh(): Promise<{
  handle: DatabaseHandle;
  another: () => Promise<DatabaseHandle>;
}> {
  const testDb = await createTestDatabase();
  toClose.push(testDb.drop);
  const handle = await openDatabase(testDb.target);
  toClose.push(handle.close);
  const another = async () => {
    const second = await testDb.openAnother();
    toClose.push(second.close);
    return second;
  };
  return { handle, another };
}

describe("migrateDatabase", { timeout: 120_000 }, () => {
  it("creates every table and the audit chain head, then finds nothing left to apply", async () => {
    const { handle } = await fresh();
    expect(await migrateDatabase(handle)).toEqual({ applied: journal.entries.length });
    const tables = await rowsOf<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      "account",
      "audit_chain",
      "audit_log",
      "grant",
      "instance_secret",
      "invitation",
      "operation_claim",
      "rate_limit",
      "release_request",
      "server_draft",
      "session",
      "setting",
      "sign_in_throttle",
      "template",
      "template_revision",
      "user",
      "user_groups",
      "verification",
      "version_template",
    ]);
    const [head] = await rowsOf<{ head_id: string | number; genesis_hash: string }>(
      handle.db,
      sql`select head_id, genesis_hash from audit_chain`,
    );
    expect(head).toEqual({ head_id: expect.anything(), genesis_hash: "0".repeat(64) });
    expect(await migrateDatabase(handle)).toEqual({ applied: 0 });
  });

  it("migrates once when two callers start together", async () => {
    const { handle, another } = await fresh();
    // Two instances on PostgreSQL (two pools); PGlite has one session, shared by both calls.
    const second = usesRealPostgres() ? await another() : handle;
    const results = await Promise.all([migrateDatabase(handle), migrateDatabase(second)]);
    expect(results.map((r) => r.applied).sort()).toEqual([0, journal.entries.length]);
    const [row] = await rowsOf<{ n: string | number }>(
      handle.db,
      sql`select count(*) as n from drizzle.__drizzle_migrations`,
    );
    expect(Number(row?.n)).toBe(journal.entries.length);
  });
});
