import "server-only";

import { getServerConfig } from "@/lib/config/env";

import { openDatabase, type DatabaseHandle } from "./client";
import { migrateDatabase } from "./migrate";
import type { Db } from "./types";

// One handle per process. Next dev re-evaluates modules on every change; the promise lives on
// globalThis so a reload does not open a second PGlite on the same folder (it would refuse).
const holder = globalThis as typeof globalThis & { __studioDatabase?: Promise<DatabaseHandle> };

async function openMigrated(): Promise<DatabaseHandle> {
  const handle = await openDatabase(getServerConfig().portal.database);
  try {
    await migrateDatabase(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
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
