import "server-only";

import { randomUUID } from "node:crypto";

import { appMatchesPattern, type AppRef } from "@/lib/access/app-pattern";
import {
  deleteTemplateRow,
  insertTemplate,
  listTemplateRevisions,
  listTemplateRows,
  readTemplate,
  readTemplateRevision,
  saveTemplateRevision,
  type TemplateContent,
  type TemplateRevisionRow,
  type TemplateRow,
} from "@/lib/db/template-store";
import { issuesToFieldErrors } from "@/lib/submit/input-gate";
import { actionFailure, type ActionFailure } from "@/lib/submit/results";
import type { ContainerForm } from "@/lib/version/schema";
import { msg } from "@/lib/i18n/message-ref";

import type { LibraryContext } from "./library-context";
import { duplicatedNote, restoredNote, revisionNoteMessage } from "./revision-note";
import { stripSecretValues, strippedSecretsMessage } from "./secret-stripping";
import { templateRefusal } from "./template-access";
import { templateInputSchema, type TemplateInput } from "./template-input";
import type { TemplateRevisionView, TemplateView } from "./template-view";

// The templates' server path: every operation receives an authorized person (lib/access guard)
// and decides by lib/access/policy.ts TEMPLATE_ACTIONS what they may do with which template.

export type TemplateSaved = {
  ok: true;
  template: TemplateView;
  /** Which secret-looking values were emptied, as a sentence; null when none were. */
  secretsNotice: string | null;
};

const forbidden = (message: string) => actionFailure("Forbidden", message, { httpStatus: 403 });
const missing = () =>
  actionFailure("NotFound", msg("library.templates.notFound"), {
    httpStatus: 404,
  });

export function toTemplateView(
  row: TemplateRow,
  refusals: TemplateView["refusals"] = {},
): TemplateView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    scope: row.scope,
    appPattern: row.appPattern,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    revision: row.revision,
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
    containers: row.containers as ContainerForm[],
    strippedSecrets: row.strippedSecrets,
    refusals,
  };
}

function toRevisionView(row: TemplateRevisionRow): TemplateRevisionView {
  return {
    revision: row.revision,
    name: row.name,
    description: row.description,
    scope: row.scope,
    appPattern: row.appPattern,
    containers: row.containers as ContainerForm[],
    strippedSecrets: row.strippedSecrets,
    savedAt: row.savedAt.toISOString(),
    savedByName: row.savedByName,
    note: revisionNoteMessage(row.note),
  };
}

/** Validated input with secret values emptied, or the field errors that say what is wrong. */
export function readTemplateInput(
  input: unknown,
): { ok: true; content: TemplateContent } | ActionFailure {
  const parsed = templateInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = issuesToFieldErrors(parsed.error.issues);
    const first = fieldErrors[0];
    return actionFailure(
      "ValidationFailed",
      first
        ? msg("library.templates.invalidAt", {
            path: first.path || msg("library.templates.pathTemplate"),
            problem: first.message,
          })
        : msg("library.templates.invalid"),
      { fieldErrors },
    );
  }
  return { ok: true, content: contentOf(parsed.data) };
}

function contentOf(input: TemplateInput): TemplateContent {
  const { containers, stripped } = stripSecretValues(input.containers);
  return {
    name: input.name,
    description: input.description,
    kind: input.kind,
    scope: input.scope,
    appPattern: input.appPattern,
    containers,
    strippedSecrets: stripped,
  };
}

async function refusalsFor(ctx: LibraryContext, row: TemplateRow, apps: AppRef[]) {
  const refusals: TemplateView["refusals"] = {};
  const edit = templateRefusal(ctx.person, row, "edit", apps);
  const remove = templateRefusal(ctx.person, row, "delete", apps);
  if (edit) refusals.edit = edit;
  if (remove) refusals.delete = remove;
  return refusals;
}

const by = (ctx: LibraryContext) => ({ id: ctx.person.userId, name: ctx.person.name });

/** Every template the person may see, with what they may do to each. */
export async function listVisibleTemplates(ctx: LibraryContext): Promise<TemplateView[]> {
  const [rows, apps] = await Promise.all([listTemplateRows(ctx.db), ctx.apps()]);
  const visible = rows.filter((row) => templateRefusal(ctx.person, row, "view", apps) === null);
  return Promise.all(
    visible.map(async (row) => toTemplateView(row, await refusalsFor(ctx, row, apps))),
  );
}

/** The templates usable in the editor of one app: the person's own, everyone's, and patterns
 * matching that app (seen by someone with submitter on it). */
export async function templatesForApp(ctx: LibraryContext, app: AppRef): Promise<TemplateView[]> {
  const rows = await listTemplateRows(ctx.db);
  return rows
    .filter((row) => templateRefusal(ctx.person, row, "view", [app]) === null)
    // Only the person's own personal templates, and patterns that match this app (for
    // administrators too, who may see every template).
    .filter((row) => row.scope !== "personal" || row.ownerId === ctx.person.userId)
    .filter((row) => row.scope !== "app-pattern" || appMatchesPattern(row.appPattern ?? "", app))
    .map((row) => toTemplateView(row));
}

async function readAllowed(
  ctx: LibraryContext,
  id: unknown,
  action: "view" | "edit" | "delete",
): Promise<{ ok: true; row: TemplateRow; apps: AppRef[] } | ActionFailure> {
  if (typeof id !== "string" || id.length > 64) return missing();
  const row = await readTemplate(ctx.db, id);
  if (!row) return missing();
  const apps = await ctx.apps();
  // Someone who may not even see it is told it is not there, not what it is.
  if (templateRefusal(ctx.person, row, "view", apps) !== null) return missing();
  const refusal = templateRefusal(ctx.person, row, action, apps);
  return refusal ? forbidden(refusal) : { ok: true, row, apps };
}

async function saved(
  ctx: LibraryContext,
  row: TemplateRow,
  apps: AppRef[],
): Promise<TemplateSaved> {
  return {
    ok: true,
    template: toTemplateView(row, await refusalsFor(ctx, row, apps)),
    secretsNotice: strippedSecretsMessage(row.strippedSecrets),
  };
}

async function createFrom(
  ctx: LibraryContext,
  content: TemplateContent,
  note: string,
): Promise<TemplateSaved | ActionFailure> {
  const apps = await ctx.apps();
  const refusal = templateRefusal(
    ctx.person,
    { ...content, ownerId: ctx.person.userId },
    "create",
    apps,
  );
  if (refusal) return forbidden(refusal);
  const row = await insertTemplate(ctx.db, randomUUID(), content, by(ctx), note);
  return saved(ctx, row, apps);
}

export async function createTemplate(ctx: LibraryContext, input: unknown) {
  const read = readTemplateInput(input);
  if (!read.ok) return read;
  return createFrom(ctx, read.content, "created");
}

/** Saves an edit as the next revision; `expectedRevision` guards against a concurrent edit. */
export async function updateTemplate(
  ctx: LibraryContext,
  id: unknown,
  input: unknown,
  expectedRevision?: unknown,
): Promise<TemplateSaved | ActionFailure> {
  const allowed = await readAllowed(ctx, id, "edit");
  if (!allowed.ok) return allowed;
  const read = readTemplateInput(input);
  if (!read.ok) return read;
  return saveRevision(ctx, allowed, read.content, "edited", expectedRevision);
}

async function saveRevision(
  ctx: LibraryContext,
  allowed: { row: TemplateRow; apps: AppRef[] },
  content: TemplateContent,
  note: string,
  expectedRevision?: unknown,
): Promise<TemplateSaved | ActionFailure> {
  const { row, apps } = allowed;
  // Moving it to another scope also needs the right to make one there.
  const target = { ...content, ownerId: row.ownerId };
  const refusal =
    templateRefusal(ctx.person, target, "edit", apps) ??
    (content.scope !== row.scope || content.appPattern !== row.appPattern
      ? templateRefusal(ctx.person, { ...target, ownerId: ctx.person.userId }, "create", apps)
      : null);
  if (refusal) return forbidden(refusal);
  const expected = typeof expectedRevision === "number" ? expectedRevision : undefined;
  const result = await saveTemplateRevision(ctx.db, row.id, content, by(ctx), note, expected);
  if (result === undefined) return missing();
  if (result === "stale") {
    return actionFailure(
      "Conflict",
      msg("library.templates.stale"),
      { httpStatus: 409 },
    );
  }
  return saved(ctx, result, apps);
}

export async function listRevisions(
  ctx: LibraryContext,
  id: unknown,
): Promise<{ ok: true; revisions: TemplateRevisionView[] } | ActionFailure> {
  const allowed = await readAllowed(ctx, id, "view");
  if (!allowed.ok) return allowed;
  const rows = await listTemplateRevisions(ctx.db, allowed.row.id);
  return { ok: true, revisions: rows.map(toRevisionView) };
}

/** Makes an earlier revision the current one again, as a new revision (history is kept). */
export async function restoreRevision(
  ctx: LibraryContext,
  id: unknown,
  revision: unknown,
): Promise<TemplateSaved | ActionFailure> {
  const allowed = await readAllowed(ctx, id, "edit");
  if (!allowed.ok) return allowed;
  if (typeof revision !== "number" || !Number.isInteger(revision)) return missingRevision();
  const old = await readTemplateRevision(ctx.db, allowed.row.id, revision);
  if (!old) return missingRevision();
  const content: TemplateContent = {
    name: old.name,
    description: old.description,
    kind: old.kind,
    scope: old.scope,
    appPattern: old.appPattern,
    containers: old.containers,
    strippedSecrets: old.strippedSecrets,
  };
  return saveRevision(ctx, allowed, content, restoredNote(revision));
}

const missingRevision = () =>
  actionFailure("NotFound", msg("library.templates.noSuchRevision"), { httpStatus: 404 });

/** A personal copy of a template the person may see. */
export async function duplicateTemplate(ctx: LibraryContext, id: unknown) {
  const allowed = await readAllowed(ctx, id, "view");
  if (!allowed.ok) return allowed;
  const { row } = allowed;
  const name = `${row.name} (copy)`.slice(0, 100);
  const content: TemplateContent = {
    name,
    description: row.description,
    kind: row.kind,
    scope: "personal",
    appPattern: null,
    containers: row.containers,
    strippedSecrets: row.strippedSecrets,
  };
  return createFrom(ctx, content, duplicatedNote(row.name, row.revision));
}

export async function deleteTemplate(
  ctx: LibraryContext,
  id: unknown,
): Promise<{ ok: true; name: string } | ActionFailure> {
  const allowed = await readAllowed(ctx, id, "delete");
  if (!allowed.ok) return allowed;
  await deleteTemplateRow(ctx.db, allowed.row.id);
  return { ok: true, name: allowed.row.name };
}

/** A template's content for the editor of `app`, if the person may use it there. */
export async function templateForApp(
  ctx: LibraryContext,
  id: unknown,
  app: AppRef,
): Promise<{ ok: true; template: TemplateView } | ActionFailure> {
  if (typeof id !== "string") return missing();
  const usable = (await templatesForApp(ctx, app)).find((t) => t.id === id);
  return usable ? { ok: true, template: usable } : missing();
}
