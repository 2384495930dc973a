// Four eyes on production (issue 18, section 3): a production publish or raise on an app the
// admin's pattern covers is stored here as a request until a second releaser decides it.
// No "server-only" here: drizzle-kit reads this file.
import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { user } from "./auth";

const tz = { withTimezone: true } as const;

export type ReleaseRequestStatus = "pending" | "executing" | "approved" | "rejected" | "expired";

export const releaseRequest = pgTable(
  "release_request",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    appId: text("app_id").notNull(),
    appName: text("app_name").notNull(),
    versionId: text("version_id").notNull(),
    /** "publish": a new version to production; "raise": a higher share for the one publishing. */
    kind: text("kind").$type<"publish" | "raise">().notNull(),
    /** The ProductionPlan as parsed on the server (lib/release/production-plan.ts). */
    plan: jsonb("plan").notNull(),
    note: text("note").notNull().default(""),
    /** What production ran when it was asked, and the field-level diff (secrets masked). */
    context: jsonb("context"),
    status: text("status").$type<ReleaseRequestStatus>().notNull().default("pending"),
    requestedBy: text("requested_by").references(() => user.id, { onDelete: "set null" }),
    requestedByName: text("requested_by_name").notNull(),
    requestedAt: timestamp("requested_at", tz).notNull(),
    expiresAt: timestamp("expires_at", tz).notNull(),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedByName: text("decided_by_name"),
    decidedAt: timestamp("decided_at", tz),
    /** The approver's or rejecter's reason. */
    reason: text("reason"),
    /** What executing an approved request came to: ok / failed / unknown, code, RequestId, message. */
    outcome: jsonb("outcome"),
  },
  (table) => [
    check(
      "release_request_status_check",
      sql`${table.status} in ('pending', 'executing', 'approved', 'rejected', 'expired')`,
    ),
    check("release_request_kind_check", sql`${table.kind} in ('publish', 'raise')`),
    index("release_request_status_idx").on(table.status, table.expiresAt),
    index("release_request_app_idx").on(table.appId),
  ],
);
