"use server";

import { headers } from "next/headers";

import { appendRequestAudit } from "@/lib/audit/client";
import { stringFields } from "@/lib/auth/account-input";
import type { AccountFormResult } from "@/lib/auth/account-schema";
import { createFirstAdmin } from "@/lib/auth/first-run";
import { signInWithNewPassword } from "@/lib/auth/local-sign-in";
import { getDb } from "@/lib/db/handle";
import { msg, parseMessageRef } from "@/lib/i18n/message-ref";
import { localizeResult } from "@/lib/i18n/server-translate";

/** Creates the first administrator (only on an empty database) and signs them in. Outside the
 * guard (nobody is signed in yet), so the answer is put into the requester's language here. */
export async function setUpAction(input: unknown): Promise<AccountFormResult> {
  return localizeResult(await setUp(input));
}

async function setUp(input: unknown): Promise<AccountFormResult> {
  const values = stringFields(input, ["name", "email", "password"]);
  const db = await getDb();
  const created = await createFirstAdmin(db, values);
  const requestHeaders = await headers();
  const email = values.email.trim().toLowerCase();
  if (!created.ok) {
    // A form to correct is not an event; a setup attempt once an administrator exists is (a
    // replayed or scripted call to this action), so it is recorded as refused.
    if (!created.fieldErrors) {
      await appendRequestAudit(db, requestHeaders, {
        actor: { id: null, name: null, kind: "anonymous" },
        action: "setup",
        target: email.slice(0, 320),
        outcome: "refused",
        payload: { reason: parseMessageRef(created.message)?.key ?? created.message },
      });
    }
    return created;
  }
  await appendRequestAudit(db, requestHeaders, {
    actor: { id: created.userId, name: values.name.trim(), kind: "local" },
    action: "setup",
    target: email,
    outcome: "ok",
    payload: { name: values.name.trim(), email, role: "admin" },
  });
  if (!(await signInWithNewPassword(requestHeaders, { email, password: values.password }))) {
    return { ok: false, message: msg("auth.setup.signInFailed") };
  }
  return { ok: true };
}
