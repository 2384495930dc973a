// The team library (issue 19): container templates with their revisions, which templates a
// created version started from, and drafts kept on the server per person × app × base version.
// No "server-only" here: drizzle-kit reads this file.
import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

import { user } from "./auth";

const tz = { withTimezone: true } as const;

export type TemplateScopeColumn = "personal" | "app-pattern" | "everyone";
export type TemplateKindColumn = "container" | "version";

/** A template's current state; every saved state (this one too) is a row of templateRevision. */
export const template = pgTable(
  "template",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** "container": one container; "version": a whole version's containers. */
    kind: text("kind").$type<TemplateKindColumn>().notNull(),
    scope: text("scope").$type<TemplateScopeColumn>().notNull(),
    /** With scope "app-pattern": the apps it is for (`shop-*`); null otherwise. */
    appPattern: text("app_pattern"),
    /** ContainerForm[] with secret-looking values emptied. */
    containers: jsonb("containers").notNull(),
    /** Names whose values were emptied when this revision was saved (env keys, probe headers). */
    strippedSecrets: jsonb("stripped_secrets").$type<string[]>().notNull(),
    revision: integer("revision").notNull(),
    ownerId: text("owner_id").references(() => user.id, { onDelete: "set null" }),
    ownerName: text("owner_name").notNull(),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
    updatedByName: text("updated_by_name").notNull(),
  },
  (table) => [
    check("template_scope_check", sql`${table.scope} in ('personal', 'app-pattern', 'everyone')`),
    check("template_kind_check", sql`${table.kind} in ('container', 'version')`),
    index("template_owner_idx").on(table.ownerId),
  ],
);

export const templateRevision = pgTable(
  "template_revision",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    templateId: text("template_id")
      .notNull()
      .references(() => template.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    kind: text("kind").$type<TemplateKindColumn>().notNull(),
    scope: text("scope").$type<TemplateScopeColumn>().notNull(),
    appPattern: text("app_pattern"),
    containers: jsonb("containers").notNull(),
    strippedSecrets: jsonb("stripped_secrets").$type<string[]>().notNull(),
    savedAt: timestamp("saved_at", tz).defaultNow().notNull(),
    savedById: text("saved_by_id").references(() => user.id, { onDelete: "set null" }),
    savedByName: text("saved_by_name").notNull(),
    /** Why this revision exists: created, edited, restored from revision N, imported, duplicated. */
    note: text("note").notNull(),
  },
  (table) => [uniqueIndex("template_revision_idx").on(table.templateId, table.revision)],
);

/** The templates a version created through the portal started from (one row per template). */
export const versionTemplate = pgTable(
  "version_template",
  {
    appId: text("app_id").notNull(),
    versionId: text("version_id").notNull(),
    versionName: text("version_name").notNull(),
    /** No foreign key: the record outlives a deleted template. */
    templateId: text("template_id").notNull(),
    templateRevision: integer("template_revision").notNull(),
    templateName: text("template_name").notNull(),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (table) => [primaryKey({ columns: [table.appId, table.versionId, table.templateId] })],
);

/**
 * A person's unfinished version on the server. `baseVersionId` is "" for a blank start; `copy` is
 * 0 for the draft of that start and 1, 2, … for copies kept when two saves collided.
 */
export const serverDraft = pgTable(
  "server_draft",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    appId: text("app_id").notNull(),
    baseVersionId: text("base_version_id").notNull(),
    baseLabel: text("base_label"),
    copy: integer("copy").notNull().default(0),
    values: jsonb("values").notNull(),
    summary: text("summary").notNull(),
    /** Raised by one on every save; a save names the revision it started from. */
    revision: integer("revision").notNull(),
    /** Templates the draft's containers came from, so a create from a restored draft names them. */
    templates: jsonb("templates").$type<{ id: string; revision: number }[]>().notNull(),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex("server_draft_slot_idx").on(
      table.userId,
      table.appId,
      table.baseVersionId,
      table.copy,
    ),
    index("server_draft_updated_idx").on(table.updatedAt),
  ],
);
