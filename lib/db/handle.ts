import "server-only";

import { getServerConfig } from "@/lib/config/env";

import { openDatabase, type DatabaseHandle } from "./client";
import { migrateDatabase } from "./migrate";
import type { DatabaseTarget, Db } from "./types";

// One handle per process. Next dev re-evaluates modules on every change; the promise lives on
// globalThis so a reload does not open a second PGlite on the same folder (it would refuse).
const holder = globalThis as typeof globalThis & { __studioDatabase?: Promise<DatabaseHandle> };

/** Where the database is, for messages: never the URL itself, which may hold a password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.driver === "pglite")
    return `the embedded database in ${target.dataDir} (STUDIO_DATA_DIR)`;
  const url = new URL(target.url);
  return `the PostgreSQL server ${url.host}${url.pathname} (DATABASE_URL)`;
}

async function openMigrated(): Promise<DatabaseHandle> {
  const target = getServerConfig().portal.database;
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase(target);
    await migrateDatabase(handle);
    return handle;
  } catch (error) {
    await handle?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Version Studio cannot open ${describeTarget(target)}: ${reason}`, {
      cause: error,
    });
  }
}

/** The process's database handle, opened and migrated on first use. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  holder.__studioDatabase ??= openMigrated().catch((error: unknown) => {
    holder.__studioDatabase = undefined;
    throw error;
  });
  return holder.__studioDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabaseHandle()).db;
}

/** Closes the process's handle (tests, scripts, shutdown); the next getDb() opens a new one. */
export async function closeDatabase(): Promise<void> {
  const pending = holder.__studioDatabase;
  holder.__studioDatabase = undefined;
  if (pending) await (await pending).close();
}
