import "server-only";

import type { Guard } from "@/lib/access/guard-core";
import type { Db } from "@/lib/db/types";

import {
  grantInputTarget,
  invitationTarget,
  personTarget,
  storedGrantTarget,
  storedInvitationTarget,
} from "./audit-targets";
import { saveDefaultGrant } from "./default-grant";
import { addGrant, removeGrant } from "./grants";
import { inviteByEmail, revokeInvitation } from "./invitations";
import { changePersonStanding } from "./people";

// The admin page's changes, each behind the guard's withAdminAction: administrators only,
// re-checked on every call, and one audit row per attempt (refusals included) naming what was
// changed. Built on a guard so tests run them with a chosen session (lib/testing/guard-harness).

export function createAdminChanges(withAdminAction: Guard["withAdminAction"], db: () => Promise<Db>) {
  return {
    async setPersonDisabled(input: unknown) {
      const disabled = (input as { disabled?: unknown } | null)?.disabled === true;
      return withAdminAction(
        { action: disabled ? "user.disable" : "user.enable", target: await personTarget(await db(), input), payload: input },
        async (actor) => changePersonStanding(await db(), actor.session.userId, input),
      );
    },
    async createInvitation(input: unknown) {
      return withAdminAction(
        // The payload is what was asked for (the email); the link's token is never recorded.
        { action: "invitation.create", target: invitationTarget(input), payload: input },
        async (actor) => inviteByEmail(await db(), actor.session.userId, input),
      );
    },
    async revokeInvitation(input: unknown) {
      return withAdminAction(
        { action: "invitation.revoke", target: await storedInvitationTarget(await db(), input), payload: input },
        async () => revokeInvitation(await db(), input),
      );
    },
    async addGrant(input: unknown) {
      return withAdminAction(
        { action: "grant.add", target: grantInputTarget(input), payload: input },
        async (actor) => addGrant(await db(), actor.session.userId, input),
      );
    },
    async deleteGrant(input: unknown) {
      return withAdminAction(
        { action: "grant.delete", target: await storedGrantTarget(await db(), input), payload: input },
        async () => removeGrant(await db(), input),
      );
    },
    async saveDefaultGrant(input: unknown) {
      return withAdminAction(
        { action: "setting.default-grant", target: "access.defaultGrant", payload: input },
        async (actor) => saveDefaultGrant(await db(), actor.session.userId, input),
      );
    },
  };
}
