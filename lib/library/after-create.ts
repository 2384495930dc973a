import "server-only";

import type { AppActor } from "@/lib/access/guard-types";
import type { Db } from "@/lib/db/types";

import { removeStartDraft } from "./drafts";
import { nameTemplateOrigins, readTemplateOrigins, recordVersionOrigins, type NamedTemplateOrigin } from "./version-origin";

// What the library adds to a version create: the templates it started from (read before the
// create, for its audit row) and, once ESA confirmed it, their record and the draft's removal.

export interface CreateLibraryInput {
  templates: NamedTemplateOrigin[];
  /** Which copy of the start's draft the editor was saving (0: the draft itself). */
  draftCopy: number;
}

const field = (input: unknown, key: string): unknown =>
  input !== null && typeof input === "object" ? (input as Record<string, unknown>)[key] : undefined;

/** Reads the editor's untrusted library details of a create; nothing in them changes what is sent. */
export async function readCreateLibraryInput(db: Db, input: unknown): Promise<CreateLibraryInput> {
  const copy = field(input, "draftCopy");
  return {
    templates: await nameTemplateOrigins(db, readTemplateOrigins(field(input, "templates"))),
    draftCopy: typeof copy === "number" && Number.isInteger(copy) && copy >= 0 && copy <= 1000 ? copy : 0,
  };
}

/** After a confirmed create. A failure here is logged: the version exists whatever happens. */
export async function afterVersionCreated(
  db: Db,
  actor: AppActor,
  version: { versionId: string; name: string },
  baseVersionId: string | null,
  library: CreateLibraryInput,
): Promise<void> {
  try {
    const person = { userId: actor.session.userId, isAdmin: actor.access.person.isAdmin, roleOn: actor.access.roleOn };
    await recordVersionOrigins(db, person, actor.app, version, library.templates);
    await removeStartDraft(db, actor.session.userId, actor.app.id, baseVersionId, library.draftCopy);
  } catch (error) {
    console.error("Recording a created version's templates failed:", error instanceof Error ? error.name : typeof error);
  }
}
