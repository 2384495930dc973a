"use server";

import { headers } from "next/headers";

import { appendRequestAudit } from "@/lib/audit/client";
import { stringFields } from "@/lib/auth/account-input";
import type { AccountFormResult } from "@/lib/auth/account-schema";
import { createFirstAdmin } from "@/lib/auth/first-run";
import { signInWithNewPassword } from "@/lib/auth/local-sign-in";
import { getDb } from "@/lib/db/handle";

/** Creates the first administrator (only on an empty database) and signs them in. */
export async function setUpAction(input: unknown): Promise<AccountFormResult> {
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
        payload: { reason: created.message },
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
    return { ok: false, message: "The administrator was created, but signing in failed: sign in with the new password." };
  }
  return { ok: true };
}
