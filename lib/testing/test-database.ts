import { randomBytes } from "node:crypto";

import { Pool } from "pg";

import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import type { DatabaseTarget } from "@/lib/db/types";

// The database integration suite runs on PGlite in memory, or on a real PostgreSQL server when
// TEST_DATABASE_URL names one (scripts/ci-postgres.sh): each caller then gets a database of its
// own, created from that URL's server and dropped at the end, so test files can run in parallel.

export interface TestDatabase {
  target: DatabaseTarget;
  /** Opens one more handle on the same database (a second "instance"); pg only. */
  openAnother(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

export const usesRealPostgres = () => Boolean(process.env.TEST_DATABASE_URL);

/** A fresh, empty database target; PGlite in memory unless TEST_DATABASE_URL is set. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    return {
      target: { driver: "pglite", dataDir: "memory://" },
      openAnother: () => Promise.reject(new Error("PGlite in memory has one handle only")),
      drop: async () => undefined,
    };
  }
  const name = `studio_test_${randomBytes(6).toString("hex")}`;
  const admin = new Pool({ connectionString: serverUrl, max: 1 });
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { driver: "pg", url: url.toString() };
  return {
    target,
    openAnother: () => openDatabase(target),
    async drop() {
      try {
        await admin.query(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** An opened and migrated handle on a fresh test database; `close()` also drops it. */
export async function openTestDatabase(): Promise<DatabaseHandle & { testDb: TestDatabase }> {
  const testDb = await createTestDatabase();
  const handle = await openDatabase(testDb.target);
  await migrateDatabase(handle);
  return {
    ...handle,
    testDb,
    async close() {
      await handle.close();
      await testDb.drop();
    },
  };
}
