import "server-only";

import { mkdir } from "node:fs/promises";

import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { Pool } from "pg";

import { opsLog } from "@/lib/ops/logger";
import { timeQuery } from "@/lib/ops/metrics";

import * as schema from "./schema";
import type { DatabaseTarget, Db } from "./types";

export interface DatabaseHandle {
  db: Db;
  driver: DatabaseTarget["driver"];
  /**
   * Runs `work` on one connection of its own (a pool client for pg, the single session of
   * PGlite), for session-level advisory locks. PGlite has one session: calls are queued.
   */
  withSession<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /** Ends the pool or the PGlite instance; PGlite keeps the process alive until then. */
  close(): Promise<void>;
}

type Queryable = { query: (...args: never[]) => unknown };

/** Wraps a client's promise-returning query() with the query duration histogram. */
function timeQueries(client: Queryable, driver: "pg" | "pglite"): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const first = args[0];
    const text = typeof first === "string" ? first : ((first as { text?: string })?.text ?? "");
    const callback = args.some((arg) => typeof arg === "function");
    if (callback) return query(...args);
    return timeQuery(driver, text, () => query(...args) as Promise<unknown>);
  }) as Queryable["query"];
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  timeQueries(client, "pglite");
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    db,
    driver: "pglite",
    withSession(work) {
      const run = queue.then(() => work(db));
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => client.close(),
  };
}

function openPg(url: string): DatabaseHandle {
  const pool = new Pool({ connectionString: url, max: 10 });
  // Every pool connection's queries (pool.query and transactions alike) go into the histogram.
  pool.on("connect", (connection) => timeQueries(connection, "pg"));
  // An idle connection dropped by the server (restart, failover) is replaced on the next query;
  // without a listener, pg's "error" event would end the process.
  pool.on("error", (error) => {
    opsLog().warn({ reason: error.message }, "PostgreSQL dropped an idle connection");
  });
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    driver: "pg",
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work(drizzlePg({ client, schema }) as unknown as Db);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens (does not migrate) the database a target names. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.driver === "pg" ? openPg(target.url) : openPglite(target.dataDir);
}
