"use server";

import { revalidatePath } from "next/cache";

import { withAdminAction } from "@/lib/access/guard";
import { createAdminChanges } from "@/lib/admin/admin-changes";
import { getDb } from "@/lib/db/handle";
import { saveFourEyesSetting } from "@/lib/release/four-eyes-setting-store";

// The admin page's server actions: lib/admin/admin-changes.ts on the real guard. Inputs are
// untrusted and parsed again on the server with the forms' schemas.

const changes = createAdminChanges(withAdminAction, getDb);

const afterChange = <R extends { ok: boolean }>(result: R): R => {
  if (result.ok) revalidatePath("/admin");
  return result;
};

export async function setPersonDisabledAction(input: unknown) {
  return afterChange(await changes.setPersonDisabled(input));
}

export async function createInvitationAction(input: unknown) {
  return afterChange(await changes.createInvitation(input));
}

export async function revokeInvitationAction(input: unknown) {
  return afterChange(await changes.revokeInvitation(input));
}

export async function addGrantAction(input: unknown) {
  return afterChange(await changes.addGrant(input));
}

export async function deleteGrantAction(input: unknown) {
  return afterChange(await changes.deleteGrant(input));
}

export async function saveDefaultGrantAction(input: unknown) {
  return afterChange(await changes.saveDefaultGrant(input));
}

export async function saveFourEyesAction(input: unknown) {
  return afterChange(
    await withAdminAction(
      { action: "setting.four-eyes", target: "release.fourEyes", payload: input },
      async (actor) => saveFourEyesSetting(await getDb(), actor.session.userId, input),
    ),
  );
}
