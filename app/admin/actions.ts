"use server";

import { revalidatePath } from "next/cache";

import { withAdminAction } from "@/lib/access/guard";
import {
  grantInputTarget,
  invitationTarget,
  personTarget,
  storedGrantTarget,
  storedInvitationTarget,
} from "@/lib/admin/audit-targets";
import { saveDefaultGrant } from "@/lib/admin/default-grant";
import { addGrant, removeGrant } from "@/lib/admin/grants";
import { inviteByEmail, revokeInvitation } from "@/lib/admin/invitations";
import { changePersonStanding } from "@/lib/admin/people";
import { getDb } from "@/lib/db/handle";

// The admin page's changes. Each goes through withAdminAction: only administrators, re-checked
// on every call, and one audit row per attempt (refusals included). Inputs are untrusted and
// parsed again on the server with the form's schema.

const afterChange = <R extends { ok: boolean }>(result: R): R => {
  if (result.ok) revalidatePath("/admin");
  return result;
};

export async function setPersonDisabledAction(input: unknown) {
  const db = await getDb();
  const disabled = (input as { disabled?: unknown } | null)?.disabled === true;
  return withAdminAction(
    { action: disabled ? "user.disable" : "user.enable", target: await personTarget(db, input), payload: input },
    async (actor) => afterChange(await changePersonStanding(db, actor.session.userId, input)),
  );
}

export async function createInvitationAction(input: unknown) {
  const db = await getDb();
  return withAdminAction(
    { action: "invitation.create", target: invitationTarget(input), payload: input },
    async (actor) => afterChange(await inviteByEmail(db, actor.session.userId, input)),
  );
}

export async function revokeInvitationAction(input: unknown) {
  const db = await getDb();
  return withAdminAction(
    { action: "invitation.revoke", target: await storedInvitationTarget(db, input), payload: input },
    async () => afterChange(await revokeInvitation(db, input)),
  );
}

export async function addGrantAction(input: unknown) {
  const db = await getDb();
  return withAdminAction(
    { action: "grant.add", target: grantInputTarget(input), payload: input },
    async (actor) => afterChange(await addGrant(db, actor.session.userId, input)),
  );
}

export async function deleteGrantAction(input: unknown) {
  const db = await getDb();
  return withAdminAction(
    { action: "grant.delete", target: await storedGrantTarget(db, input), payload: input },
    async () => afterChange(await removeGrant(db, input)),
  );
}

export async function saveDefaultGrantAction(input: unknown) {
  const db = await getDb();
  return withAdminAction(
    { action: "setting.default-grant", target: "access.defaultGrant", payload: input },
    async (actor) => afterChange(await saveDefaultGrant(db, actor.session.userId, input)),
  );
}
