// The portal's own tables: who may do what (grants), how people join (invitations), settings,
// the OIDC groups last seen per person, and the audit log with its chain head.
// No "server-only" here: drizzle-kit reads this file.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

import { user } from "./auth";

const tz = { withTimezone: true } as const;

export const grant = pgTable(
  "grant",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** "user": subjectId is a user id; "group": subjectId is an OIDC group name. */
    subjectKind: text("subject_kind").$type<"user" | "group">().notNull(),
    subjectId: text("subject_id").notNull(),
    role: text("role").$type<"viewer" | "submitter" | "releaser">().notNull(),
    /** An exact AppId, a name glob such as `shop-*`, or `*`. */
    appPattern: text("app_pattern").notNull(),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
  },
  (table) => [
    check("grant_subject_kind_check", sql`${table.subjectKind} in ('user', 'group')`),
    check("grant_role_check", sql`${table.role} in ('viewer', 'submitter', 'releaser')`),
    uniqueIndex("grant_subject_pattern_idx").on(
      table.subjectKind,
      table.subjectId,
      table.appPattern,
    ),
  ],
);

export const invitation = pgTable(
  "invitation",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** sha256 of the link's token, hex; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    expiresAt: timestamp("expires_at", tz).notNull(),
    usedAt: timestamp("used_at", tz),
    usedBy: text("used_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
  },
  (table) => [index("invitation_email_idx").on(table.email)],
);

export const setting = pgTable("setting", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
});

/** Generated secrets an instance needs when the environment gives none (shared by instances). */
export const instanceSecret = pgTable("instance_secret", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", tz).defaultNow().notNull(),
});

/** The groups claim of a person's last OIDC sign-in; grants to groups resolve against it. */
export const userGroups = pgTable("user_groups", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  groups: jsonb("groups").$type<string[]>().notNull(),
  updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey(),
    time: timestamp("time", tz).notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
    /** "local" | "oidc" | "system" | "anonymous" */
    actorKind: text("actor_kind").notNull(),
    action: text("action").notNull(),
    appId: text("app_id"),
    appName: text("app_name"),
    target: text("target"),
    outcome: text("outcome").$type<"ok" | "refused" | "failed" | "unknown">().notNull(),
    esaCode: text("esa_code"),
    requestId: text("request_id"),
    clientAddress: text("client_address"),
    userAgent: text("user_agent"),
    payload: jsonb("payload"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (table) => [
    check(
      "audit_log_outcome_check",
      sql`${table.outcome} in ('ok', 'refused', 'failed', 'unknown')`,
    ),
    index("audit_log_time_idx").on(table.time),
    index("audit_log_actor_idx").on(table.actorId),
    index("audit_log_app_idx").on(table.appId),
  ],
);

/**
 * The audit chain's single head row (id 1, inserted by the migration). Appends lock it
 * (SELECT … FOR UPDATE), so instances append one at a time. `genesisHash` is the hash the first
 * remaining row must point at: zeros at first, the last pruned row's hash after a prune.
 */
export const auditChain = pgTable(
  "audit_chain",
  {
    id: integer("id").primaryKey(),
    genesisHash: text("genesis_hash").notNull(),
    prunedThroughId: bigint("pruned_through_id", { mode: "number" }).default(0).notNull(),
    headId: bigint("head_id", { mode: "number" }).default(0).notNull(),
    headHash: text("head_hash").notNull(),
  },
  (table) => [check("audit_chain_single_row", sql`${table.id} = 1`)],
);

/** Sign-in attempts per account (hashed email), across instances; better-auth limits per address. */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  windowStart: timestamp("window_start", tz).notNull(),
});
