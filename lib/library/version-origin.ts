import "server-only";

import { z } from "zod";

import type { AppRef } from "@/lib/access/app-pattern";
import {
  listVersionTemplates,
  readTemplate,
  readTemplateRevision,
  recordVersionTemplates,
} from "@/lib/db/template-store";
import type { Db } from "@/lib/db/types";

import { templateRefusal, type LibraryPerson } from "./template-access";
import type { TemplateOrigin } from "./template-origin";

export type { TemplateOrigin };

// Which templates a version was made from: sent by the editor with the create (untrusted), named
// in the create's audit row, and stored against the created version for its page.

export interface NamedTemplateOrigin extends TemplateOrigin {
  name: string;
}

const originsSchema = z
  .array(z.object({ id: z.string().min(1).max(64), revision: z.number().int().min(1) }))
  .max(50);

/** The origins the editor sent, or none when they are malformed (the create never depends on them). */
export function readTemplateOrigins(input: unknown): TemplateOrigin[] {
  const parsed = originsSchema.safeParse(input ?? []);
  if (!parsed.success) return [];
  const seen = new Set<string>();
  return parsed.data.filter((o) => !seen.has(o.id) && seen.add(o.id));
}

/** The origins that name a stored revision, with the template's name at that revision. */
export async function nameTemplateOrigins(db: Db, origins: TemplateOrigin[]): Promise<NamedTemplateOrigin[]> {
  const named = await Promise.all(
    origins.map(async (o) => {
      const revision = await readTemplateRevision(db, o.id, o.revision);
      return revision ? { ...o, name: revision.name } : null;
    }),
  );
  return named.filter((o): o is NamedTemplateOrigin => o !== null);
}

/** Stores the origins of a created version that the person could use in its app. */
export async function recordVersionOrigins(
  db: Db,
  person: LibraryPerson,
  app: AppRef,
  version: { versionId: string; name: string },
  origins: NamedTemplateOrigin[],
): Promise<void> {
  const usable: NamedTemplateOrigin[] = [];
  for (const origin of origins) {
    const template = await readTemplate(db, origin.id);
    if (template && templateRefusal(person, template, "view", [app]) === null) usable.push(origin);
  }
  await recordVersionTemplates(
    db,
    usable.map((o) => ({
      appId: app.id,
      versionId: version.versionId,
      versionName: version.name,
      templateId: o.id,
      templateRevision: o.revision,
      templateName: o.name,
    })),
  );
}

/** For the version page: the templates it was made from, or none. */
export async function versionOrigins(db: Db, appId: string, versionId: string): Promise<NamedTemplateOrigin[]> {
  const rows = await listVersionTemplates(db, appId, [versionId]);
  return rows.map((r) => ({ id: r.templateId, revision: r.templateRevision, name: r.templateName }));
}
