import "server-only";

import { and, asc, desc, eq, inArray } from "drizzle-orm";

import { template, templateRevision, versionTemplate } from "./schema";
import type { Db } from "./types";

// SQL of the team library's templates: the current row, one revision row per save (the current
// one included), and which templates a created version started from.

export type TemplateRow = typeof template.$inferSelect;
export type TemplateRevisionRow = typeof templateRevision.$inferSelect;
export type VersionTemplateRow = typeof versionTemplate.$inferSelect;

/** The saved content of a template: what a revision keeps. */
export type TemplateContent = Pick<
  TemplateRow,
  "name" | "description" | "kind" | "scope" | "appPattern" | "containers" | "strippedSecrets"
>;

export interface SavedBy {
  id: string;
  name: string;
}

function revisionRow(
  id: string,
  revision: number,
  content: TemplateContent,
  by: SavedBy,
  note: string,
) {
  return { templateId: id, revision, ...content, savedById: by.id, savedByName: by.name, note };
}

export async function insertTemplate(
  db: Db,
  id: string,
  content: TemplateContent,
  by: SavedBy,
  note: string,
): Promise<TemplateRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(template)
      .values({
        id,
        ...content,
        revision: 1,
        ownerId: by.id,
        ownerName: by.name,
        updatedByName: by.name,
      })
      .returning();
    if (!row) throw new Error("The template was not stored.");
    await tx.insert(templateRevision).values(revisionRow(id, 1, content, by, note));
    return row;
  });
}

/**
 * Saves new content as the next revision. With `expectedRevision`, a template saved by someone
 * else meanwhile is left alone and "stale" is answered. Undefined: there is no such template.
 */
export async function saveTemplateRevision(
  db: Db,
  id: string,
  content: TemplateContent,
  by: SavedBy,
  note: string,
  expectedRevision?: number,
): Promise<TemplateRow | "stale" | undefined> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(template).where(eq(template.id, id)).for("update");
    if (!current) return undefined;
    if (expectedRevision !== undefined && current.revision !== expectedRevision) return "stale";
    const revision = current.revision + 1;
    const [row] = await tx
      .update(template)
      .set({ ...content, revision, updatedAt: new Date(), updatedByName: by.name })
      .where(eq(template.id, id))
      .returning();
    await tx.insert(templateRevision).values(revisionRow(id, revision, content, by, note));
    return row;
  });
}

export async function readTemplate(db: Db, id: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select().from(template).where(eq(template.id, id));
  return row;
}

export function listTemplateRows(db: Db): Promise<TemplateRow[]> {
  return db.select().from(template).orderBy(asc(template.name), asc(template.id));
}

export function listTemplateRevisions(db: Db, id: string): Promise<TemplateRevisionRow[]> {
  return db
    .select()
    .from(templateRevision)
    .where(eq(templateRevision.templateId, id))
    .orderBy(desc(templateRevision.revision));
}

export async function readTemplateRevision(
  db: Db,
  id: string,
  revision: number,
): Promise<TemplateRevisionRow | undefined> {
  const [row] = await db
    .select()
    .from(templateRevision)
    .where(and(eq(templateRevision.templateId, id), eq(templateRevision.revision, revision)));
  return row;
}

export async function deleteTemplateRow(db: Db, id: string): Promise<TemplateRow | undefined> {
  const [row] = await db.delete(template).where(eq(template.id, id)).returning();
  return row;
}

export async function recordVersionTemplates(
  db: Db,
  rows: Omit<VersionTemplateRow, "createdAt">[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(versionTemplate).values(rows).onConflictDoNothing();
}

export function listVersionTemplates(
  db: Db,
  appId: string,
  versionIds: string[],
): Promise<VersionTemplateRow[]> {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(versionTemplate)
    .where(and(eq(versionTemplate.appId, appId), inArray(versionTemplate.versionId, versionIds)))
    .orderBy(asc(versionTemplate.templateName));
}
