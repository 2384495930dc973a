import "server-only";

import { drizzleAdapter } from "better-auth/adapters/drizzle";

import { account, rateLimit, session, user, verification } from "./schema";
import type { Db } from "./types";

/** better-auth's database access, on the same drizzle database and the tables of schema/auth.ts. */
export function authDatabaseAdapter(db: Db) {
  return drizzleAdapter(db, {
    provider: "pg",
    schema: { user, session, account, verification, rateLimit },
  });
}
