"use server";

import { headers } from "next/headers";

import { appendRequestAudit } from "@/lib/audit/client";
import { stringFields } from "@/lib/auth/account-input";
import type { AccountFormResult } from "@/lib/auth/account-schema";
import { acceptInvitation } from "@/lib/auth/invitations";
import { signInWithNewPassword } from "@/lib/auth/local-sign-in";
import { getDb } from "@/lib/db/handle";
import { msg, parseMessageRef } from "@/lib/i18n/message-ref";
import { localizeResult } from "@/lib/i18n/server-translate";

/** Creates the invited person's local account (the invitation works once) and signs them in.
 * Outside the guard (nobody is signed in yet), so the answer is put into words here. */
export async function acceptInvitationAction(token: unknown, input: unknown): Promise<AccountFormResult> {
  return localizeResult(await accept(token, input));
}

async function accept(token: unknown, input: unknown): Promise<AccountFormResult> {
  const values = stringFields(input, ["name", "password"]);
  const db = await getDb();
  const accepted = await acceptInvitation(db, { token: typeof token === "string" ? token : "", ...values });
  const requestHeaders = await headers();
  if (!accepted.ok) {
    if (!accepted.fieldErrors || accepted.fieldErrors.token) {
      await appendRequestAudit(db, requestHeaders, {
        actor: { id: null, name: null, kind: "anonymous" },
        action: "invitation.accept",
        outcome: "refused",
        payload: { reason: parseMessageRef(accepted.message)?.key ?? accepted.message },
      });
    }
    return accepted;
  }
  await appendRequestAudit(db, requestHeaders, {
    actor: { id: accepted.userId, name: values.name.trim(), kind: "local" },
    action: "invitation.accept",
    target: accepted.email,
    outcome: "ok",
    payload: { name: values.name.trim(), email: accepted.email },
  });
  if (!(await signInWithNewPassword(requestHeaders, { email: accepted.email, password: values.password }))) {
    return { ok: false, message: msg("auth.invite.signInFailed") };
  }
  return { ok: true };
}
