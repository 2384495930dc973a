import "server-only";

// TEMPORARY stand-in with the agreed interface of lib/access/guard.ts (portal-plan.md), so the
// admin branch compiles until branch `access` lands the real one; the merge takes access's file.

import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";

import { appendAudit } from "@/lib/audit/append";
import { getSession } from "@/lib/auth/get-session";
import type { PortalSession } from "@/lib/auth/session";
import { getDb } from "@/lib/db/handle";

import { loadPersonAccess, type PersonAccess } from "./person-access";
import type { AppRole } from "./roles";

export interface Actor {
  session: PortalSession;
  access: PersonAccess;
  client: { address: string | null; userAgent: string | null };
}
export interface AppActor extends Actor {
  app: { id: string; name: string };
  role: AppRole;
}
export interface ActionRefusal {
  ok: false;
  code: "Unauthenticated" | "Forbidden";
  message: string;
}

async function resolveActor(): Promise<Actor | null> {
  const h = await headers();
  const session = await getSession(h);
  if (!session) return null;
  const access = await loadPersonAccess(await getDb(), session.userId);
  if (!access) return null;
  return {
    session,
    access,
    client: { address: h.get("x-forwarded-for"), userAgent: h.get("user-agent") },
  };
}

export async function withAdminAction<R>(
  opts: { action: string; target?: string | null; payload?: unknown },
  handler: (actor: Actor) => Promise<R>,
): Promise<R | ActionRefusal> {
  const actor = await resolveActor();
  if (!actor) return { ok: false, code: "Unauthenticated", message: "Sign in again." };
  const db = await getDb();
  const who = {
    id: actor.session.userId,
    name: actor.session.name,
    kind: actor.session.signsInWith,
  } as const;
  if (!actor.access.person.isAdmin) {
    await appendAudit(db, { actor: who, action: opts.action, outcome: "refused", target: opts.target, payload: opts.payload });
    return { ok: false, code: "Forbidden", message: "Only administrators may do this." };
  }
  const result = await handler(actor);
  const ok = (result as { ok?: unknown }).ok !== false;
  await appendAudit(db, { actor: who, action: opts.action, outcome: ok ? "ok" : "failed", target: opts.target, payload: opts.payload });
  return result;
}

export function withAdminRoute(action: string, handler: (req: Request, actor: Actor) => Promise<Response>) {
  return async (req: Request) => {
    const actor = await resolveActor();
    if (!actor) return Response.json({ error: "Sign in." }, { status: 401 });
    if (!actor.access.person.isAdmin) return Response.json({ error: "Forbidden" }, { status: 403 });
    void action;
    return handler(req, actor);
  };
}

export async function requirePageActor(): Promise<Actor> {
  const actor = await resolveActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

export async function requireAdminPage(): Promise<Actor> {
  const actor = await requirePageActor();
  if (!actor.access.person.isAdmin) forbidden();
  return actor;
}

export async function requireAppPage(appId: string, needs: AppRole): Promise<AppActor> {
  void appId;
  void needs;
  notFound();
}
