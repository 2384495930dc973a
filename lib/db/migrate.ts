import "server-only";

import path from "node:path";

import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";

import type { DatabaseHandle } from "./client";
import { rowsOf } from "./rows";
import type { Db } from "./types";

/** Session-level advisory lock key held while migrating (any constant shared by every instance). */
export const MIGRATION_LOCK_KEY = 7_140_511_001;

export const DEFAULT_MIGRATIONS_FOLDER = path.resolve("lib/db/migrations");

/** How many migrations the database has applied (0 before the first). */
export async function appliedCount(db: Db): Promise<number> {
  const [table] = await rowsOf<{ name: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`,
  );
  if (!table?.name) return 0;
  const [row] = await rowsOf<{ n: string | number }>(
    db,
    sql`select count(*) as n from drizzle.__drizzle_migrations`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Applies the committed migrations that the database lacks, under pg_advisory_lock: instances
 * starting together queue on the lock, and the later ones find nothing left to apply.
 * Returns how many migrations this call applied.
 */
export async function migrateDatabase(
  handle: DatabaseHandle,
  migrationsFolder = DEFAULT_MIGRATIONS_FOLDER,
): Promise<{ applied: number }> {
  const migrations = readMigrationFiles({ migrationsFolder });
  return handle.withSession(async (db) => {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      const before = await appliedCount(db);
      // The dialect's migrate is what drizzle-orm/<driver>/migrator calls; one path for both drivers.
      const { dialect, session } = db as unknown as {
        dialect: { migrate(m: unknown, s: unknown, c: unknown): Promise<void> };
        session: unknown;
      };
      await dialect.migrate(migrations, session, { migrationsFolder });
      return { applied: (await appliedCount(db)) - before };
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  });
}

/** Whether every committed migration is applied: readiness asks this without migrating. */
export async function migrationsPending(
  handle: DatabaseHandle,
  migrationsFolder = DEFAULT_MIGRATIONS_FOLDER,
): Promise<number> {
  const committed = readMigrationFiles({ migrationsFolder }).length;
  return Math.max(0, committed - (await appliedCount(handle.db)));
}
