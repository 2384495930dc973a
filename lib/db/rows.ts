import "server-only";

import type { SQL } from "drizzle-orm";

import type { DbOrTx } from "./types";

/** Rows of a raw statement: both drivers answer `{ rows }`, typed loosely by drizzle. */
export async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
