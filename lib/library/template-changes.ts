import "server-only";

import type { AppRef } from "@/lib/access/app-pattern";
import type { Actor } from "@/lib/access/guard-types";
import type { Guard } from "@/lib/access/guard-core";
import { readTemplate } from "@/lib/db/template-store";
import type { Db } from "@/lib/db/types";

import type { LibraryContext } from "./library-context";
import { stripSecretValues } from "./secret-stripping";
import { importTemplates } from "./template-import";
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  restoreRevision,
  updateTemplate,
} from "./templates";

// The template changes, each behind the guard's withActorAction: any signed-in person, the scope
// rules decided inside (lib/access/policy.ts TEMPLATE_ACTIONS), and one audit row per attempt,
// refusals included, naming the template. Built on a guard so tests choose the session.

export type ListApps = () => Promise<AppRef[]>;

export function libraryContext(actor: Actor, db: Db, listApps: ListApps): LibraryContext {
  let apps: Promise<AppRef[]> | undefined;
  return {
    db,
    person: {
      userId: actor.session.userId,
      name: actor.session.name,
      isAdmin: actor.access.person.isAdmin,
      roleOn: actor.access.roleOn,
    },
    apps: () => (apps ??= listApps()),
  };
}

const text = (value: unknown, max = 128): string | null =>
  typeof value === "string" && value !== "" ? value.slice(0, max) : null;

const field = (input: unknown, key: string): unknown =>
  input !== null && typeof input === "object" ? (input as Record<string, unknown>)[key] : undefined;

/** The audit row's target for a change to a stored template: its name (rows without an app are
 * shown to administrators only), or the id as received when there is no such template. */
async function storedTarget(db: Db, id: unknown): Promise<string | null> {
  const key = text(id, 64);
  if (key === null) return null;
  return (await readTemplate(db, key))?.name ?? key;
}

/** The audit payload of a template as received: what it is, with secret values already empty. */
function templateSubject(input: unknown) {
  const containers = field(input, "containers");
  let stripped: string[] = [];
  try {
    if (Array.isArray(containers)) stripped = stripSecretValues(containers).stripped;
  } catch {
    stripped = []; // malformed containers: the validation answers, the row records the rest
  }
  return {
    name: text(field(input, "name")),
    scope: text(field(input, "scope")),
    appPattern: text(field(input, "appPattern")),
    kind: text(field(input, "kind")),
    containers: Array.isArray(containers) ? containers.length : null,
    strippedSecrets: stripped,
  };
}

export function createTemplateChanges(
  withActorAction: Guard["withActorAction"],
  db: () => Promise<Db>,
  listApps: ListApps,
) {
  const run = async <R>(actor: Actor, work: (ctx: LibraryContext) => Promise<R>) =>
    work(libraryContext(actor, await db(), listApps));
  return {
    create(input: unknown) {
      const subject = templateSubject(input);
      return withActorAction(
        { action: "template.create", target: subject.name, payload: subject },
        (actor) => run(actor, (ctx) => createTemplate(ctx, input)),
      );
    },
    async update(id: unknown, input: unknown, expectedRevision?: unknown) {
      const subject = { id: text(id), expectedRevision, ...templateSubject(input) };
      return withActorAction(
        { action: "template.update", target: await storedTarget(await db(), id), payload: subject },
        (actor) => run(actor, (ctx) => updateTemplate(ctx, id, input, expectedRevision)),
      );
    },
    async restore(id: unknown, revision: unknown) {
      return withActorAction(
        { action: "template.restore", target: await storedTarget(await db(), id), payload: { id: text(id), revision } },
        (actor) => run(actor, (ctx) => restoreRevision(ctx, id, revision)),
      );
    },
    async duplicate(id: unknown) {
      return withActorAction(
        { action: "template.duplicate", target: await storedTarget(await db(), id), payload: { id: text(id) } },
        (actor) => run(actor, (ctx) => duplicateTemplate(ctx, id)),
      );
    },
    async remove(id: unknown) {
      return withActorAction(
        { action: "template.delete", target: await storedTarget(await db(), id), payload: { id: text(id) } },
        (actor) => run(actor, (ctx) => deleteTemplate(ctx, id)),
      );
    },
    importFile(fileText: unknown) {
      const size = typeof fileText === "string" ? fileText.length : null;
      return withActorAction(
        { action: "template.import", target: null, payload: { characters: size } },
        (actor) => run(actor, (ctx) => importTemplates(ctx, fileText)),
      );
    },
  };
}
