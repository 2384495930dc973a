// Claims of operations that must happen once across every instance sharing the database: a
// version create (key: app + version name) and a publish (key: app + version + environment +
// plan). An instance inserts the claim before calling ESA and records the outcome after.
// No "server-only" here: drizzle-kit reads this file.
import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const tz = { withTimezone: true } as const;

export const operationClaim = pgTable(
  "operation_claim",
  {
    /** The natural key, e.g. `create\napp-1\nrelease-7`. */
    key: text("key").primaryKey(),
    kind: text("kind").notNull(),
    /** sha256 of the request's content: a repeat with other content is not the same operation. */
    contentHash: text("content_hash").notNull(),
    /** running: an instance is on it; done / failed / unknown: its outcome, in `result`. */
    state: text("state").$type<"running" | "done" | "failed" | "unknown">().notNull(),
    /** Which instance holds (or last held) the claim; for logs and operators. */
    owner: text("owner").notNull(),
    /** A running claim past this time is taken to be abandoned (its instance died). */
    leaseUntil: timestamp("lease_until", tz).notNull(),
    result: jsonb("result"),
    claimedAt: timestamp("claimed_at", tz).defaultNow().notNull(),
    finishedAt: timestamp("finished_at", tz),
  },
  (table) => [
    check(
      "operation_claim_state_check",
      sql`${table.state} in ('running', 'done', 'failed', 'unknown')`,
    ),
  ],
);
