"use server";

import { revalidatePath } from "next/cache";

import { withActorAction } from "@/lib/access/guard";
import { getDb } from "@/lib/db/handle";
import { listAppRefs } from "@/lib/library/app-refs";
import { createTemplateChanges, libraryContext } from "@/lib/library/template-changes";
import { listRevisions } from "@/lib/library/templates";

// The /templates page's server actions: lib/library on the real guard. Inputs are untrusted and
// judged again on the server; who may do what is lib/access/policy.ts TEMPLATE_ACTIONS.

const changes = createTemplateChanges(withActorAction, getDb, listAppRefs);

const afterChange = <R extends { ok: boolean }>(result: R): R => {
  if (result.ok) revalidatePath("/templates");
  return result;
};

export async function createTemplateAction(input: unknown) {
  return afterChange(await changes.create(input));
}

export async function updateTemplateAction(id: unknown, input: unknown, expectedRevision: unknown) {
  return afterChange(await changes.update(id, input, expectedRevision));
}

export async function restoreTemplateRevisionAction(id: unknown, revision: unknown) {
  return afterChange(await changes.restore(id, revision));
}

export async function duplicateTemplateAction(id: unknown) {
  return afterChange(await changes.duplicate(id));
}

export async function deleteTemplateAction(id: unknown) {
  return afterChange(await changes.remove(id));
}

export async function importTemplatesAction(fileText: unknown) {
  return afterChange(await changes.importFile(fileText));
}

/** A read: audited when refused only. */
export async function templateRevisionsAction(id: unknown) {
  return withActorAction(
    { action: "template.revisions", target: typeof id === "string" ? id.slice(0, 64) : null, audit: "refusals" },
    async (actor) => listRevisions(libraryContext(actor, await getDb(), listAppRefs), id),
  );
}
