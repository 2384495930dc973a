import "server-only";

import { redirect } from "next/navigation";

import { getDb } from "@/lib/db/handle";

import { hasAnyUser } from "./first-run";
import { isPublicPath, SETUP_PATH, signInHref } from "./gate-rules";
import { getSession } from "./get-session";
import type { PortalSession } from "./session";

/**
 * The real check behind proxy.ts's cookie test, for the page at `path`: a public page gets the
 * session or null; any other page gets the session, or the person is sent to setup (nobody can
 * sign in yet) or to sign-in (and back to `path` afterwards).
 */
export async function gatePage(path: string, headers: Headers): Promise<PortalSession | null> {
  const session = await getSession(headers);
  if (session || isPublicPath(path)) return session;
  if (!(await hasAnyUser(await getDb()))) redirect(SETUP_PATH);
  redirect(signInHref(path));
}
