import "server-only";

import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

import type * as schema from "./schema";

/** Both drivers' drizzle databases share this type; code above lib/db never sees which one. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction, or the database itself, for helpers that take part in a caller's transaction. */
export type DbOrTx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export type DatabaseTarget =
  | { driver: "pglite"; /** a folder, or "memory://" for tests */ dataDir: string }
  | { driver: "pg"; url: string };
