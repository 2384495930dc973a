"use server";

import { headers } from "next/headers";

import { appendRequestAudit } from "@/lib/audit/client";
import { getAuth } from "@/lib/auth/instance";
import { getSession } from "@/lib/auth/get-session";
import { getDb } from "@/lib/db/handle";

// Sign out here, or everywhere: the header's user menu. Both clear this browser's cookie
// (better-auth's nextCookies plugin) and leave the browser to go to the sign-in page.

async function endSessions(everywhere: boolean): Promise<void> {
  const requestHeaders = await headers();
  const session = await getSession(requestHeaders);
  if (!session) return; // already signed out: nothing to end
  const auth = await getAuth();
  if (everywhere) await auth.api.revokeSessions({ headers: requestHeaders });
  await appendRequestAudit(await getDb(), requestHeaders, {
    actor: { id: session.userId, name: session.name, kind: session.signsInWith },
    action: everywhere ? "sign-out.everywhere" : "sign-out",
    outcome: "ok",
  });
  // Ends this session (already gone after revoking all) and clears the cookie; the provider's own
  // session is left alone (no RP-initiated logout redirect from a server action).
  await auth.api.signOut({ body: { disableRedirect: true }, headers: requestHeaders });
}

export async function signOutAction(): Promise<void> {
  await endSessions(false);
}

export async function signOutEverywhereAction(): Promise<void> {
  await endSessions(true);
}
