"use server";

import { withAppAction } from "@/lib/access/guard";
import { appActionPolicy } from "@/lib/access/policy";
import { getDb } from "@/lib/db/handle";
import { listAppRefs } from "@/lib/library/app-refs";
import { keepDraftCopy, loadServerDraft, readDraftAddress, removeStartDraft, saveServerDraft } from "@/lib/library/drafts";
import { libraryContext } from "@/lib/library/template-changes";
import { templatesForApp } from "@/lib/library/templates";
import { msg } from "@/lib/i18n/message-ref";
import { actionFailure } from "@/lib/submit/results";

// The editor's team-library actions, each behind the guard with the role the editor needs on the
// app (lib/access/policy.ts). Autosaves and reads write audit rows for refusals only (a row per
// keystroke pause would bury the log); keeping a copy and discarding are audited every time.

export async function editorTemplatesAction(appId: unknown) {
  return withAppAction({ ...appActionPolicy("template.list"), appId, audit: "refusals" }, async (actor) => ({
    ok: true as const,
    templates: await templatesForApp(libraryContext(actor, await getDb(), listAppRefs), actor.app),
  }));
}

export async function loadServerDraftAction(appId: unknown, address: unknown) {
  return withAppAction({ ...appActionPolicy("draft.save"), action: "draft.load", appId, audit: "refusals" }, async (actor) =>
    loadServerDraft(await getDb(), actor.session.userId, actor.app.id, address),
  );
}

export async function saveServerDraftAction(appId: unknown, input: unknown) {
  return withAppAction({ ...appActionPolicy("draft.save"), appId, audit: "refusals" }, async (actor) =>
    saveServerDraft(await getDb(), actor.session.userId, actor.app.id, input),
  );
}

export async function keepDraftCopyAction(appId: unknown, input: unknown) {
  return withAppAction({ ...appActionPolicy("draft.copy"), appId }, async (actor) =>
    keepDraftCopy(await getDb(), actor.session.userId, actor.app.id, input),
  );
}

export async function discardServerDraftAction(appId: unknown, address: unknown) {
  return withAppAction({ ...appActionPolicy("draft.discard"), appId }, async (actor) => {
    const read = readDraftAddress(address, actor.app.id);
    if (!read) return actionFailure("ValidationFailed", msg("editor.server.draftAddressMalformed"));
    await removeStartDraft(await getDb(), actor.session.userId, read.appId, read.base?.versionId ?? null, read.copy);
    return { ok: true as const };
  });
}
