"use server";

import { revalidatePath } from "next/cache";

import { withActorAction } from "@/lib/access/guard";
import { getDb } from "@/lib/db/handle";
import { discardAllMyDrafts, discardMyDraft } from "@/lib/library/drafts";

/** Discards one of the signed-in person's own drafts (never anyone else's); audited. */
export async function discardMyDraftAction(id: unknown) {
  const result = await withActorAction(
    { action: "draft.discard", target: typeof id === "string" ? id.slice(0, 64) : null },
    async (actor) => discardMyDraft(await getDb(), actor.session.userId, id),
  );
  if (result.ok) revalidatePath("/drafts");
  return result;
}

/** Discards every draft of the signed-in person; audited. */
export async function discardAllMyDraftsAction() {
  const result = await withActorAction({ action: "draft.discard-all" }, async (actor) =>
    discardAllMyDrafts(await getDb(), actor.session.userId),
  );
  if (result.ok) revalidatePath("/drafts");
  return result;
}
