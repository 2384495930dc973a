import "server-only";

import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";

import { signInHref } from "@/lib/auth/gate-rules";
import { getSession } from "@/lib/auth/get-session";
import { getAuth } from "@/lib/auth/instance";
import { readSessionAndAccess } from "@/lib/auth/session";
import { PATH_HEADER } from "@/lib/browse/paths";
import { getAppOnce } from "@/lib/browse/request-reads";
import { getDb } from "@/lib/db/handle";
import { appNameOf, forgetAppName } from "@/lib/esa/app-names";
import { localizedRoute } from "@/lib/i18n/localized-route";
import { localizeResult } from "@/lib/i18n/server-translate";

import { createGuard, type AppAccess } from "./guard-core";
import { createRouteGuard } from "./guard-routes";
import type { Actor, AppActor, GuardDeps } from "./guard-types";
import type { AccessPurpose } from "./refusal-messages";
import { personAccessFromSession } from "./person-access";
import type { AppRole } from "./roles";

/*
 * THE one door for every server action, route handler and page (issue 17, "Who may do what").
 *
 * Server actions (return a value; never throw at the client):
 *   withAppAction({ action, appId, needs, purpose?, target?, payload?, audit? }, (actor) => …)
 *     → the handler's result, or an ActionFailure: NotSignedIn (401) / Forbidden (403, the
 *       message names the role needed), InvalidApp.NotFound (field error on appId), or ESA's
 *       failure when the app could not be read. `appId` is the untrusted value as received.
 *     Audit: a refusal always writes a row (outcome "refused"); with audit "all" (default) the
 *     outcome of the handler writes one too: ok / failed (ESA code, RequestId) / unknown (the
 *     result's outcomeUnknown). The payload is masked (lib/audit maskPayload) by appendAudit.
 *     A thrown handler answers UnexpectedError without a stack and is audited as failed.
 *   withAdminAction({ action, target?, payload?, audit? }, (actor) => …): the same for admins.
 *   withActorAction({ … }, (actor) => …): the same for any signed-in person, for actions not tied
 *     to one app (the team library); the handler checks what the actor may do and answers a
 *     refusal with code "Forbidden", audited as refused.
 *
 * Route handlers (export const GET = withAppRoute(...)):
 *   withAppRoute(needs, action, (request, actor, params) => Response, { audit? })
 *   withAdminRoute(action, (request, actor, params) => Response, { audit? })
 *   withActorRoute(action, (request, actor, params) => Response, { audit? }): any signed-in
 *     person (401 otherwise); for routes not tied to one app, whose handler scopes the answer.
 *     → 401/403 JSON `{ error: { code, message, … } }`, audited; reads audit refusals only
 *       unless { audit: "all" }. Errors in the handler answer a generic 500.
 *
 * Pages and layouts (server components):
 *   requirePageActor(): Actor — redirects anonymous people to /sign-in.
 *   requireAppPage(appId, needs, purpose?): AppActor — notFound() for an unknown app,
 *     forbidden() (403, audited, the nearest forbidden.tsx explains) without the role. Cached
 *     per request, so a layout and its page share one check. Call it from the layout when the
 *     segment has a loading.tsx, so the 403 status goes out before anything streams.
 *   requireAdminPage(): Actor — forbidden() for non-admins.
 *
 * The person's access (grants, groups, default grant) is read from the database on every request.
 * Tests build the same logic with fake readers: createGuard(deps) in guard-core.ts.
 */

export type { Actor, AppActor, ActionRefusal, ClientInfo } from "./guard-types";
export type { AppActionOptions, AdminActionOptions, AuditMode } from "./guard-core";

const deps: GuardDeps = {
  requestHeaders: headers,
  readSession: getSession,
  async readActor(requestHeaders) {
    const read = await readSessionAndAccess(await getAuth(), await getDb(), requestHeaders);
    return read && { session: read.session, access: personAccessFromSession(read) };
  },
  db: getDb,
  // Remembered per process (lib/esa/app-names.ts says why that is sound); on a miss, the read is
  // the request's own, shared with the page that shows the app.
  appName: (appId) => appNameOf(appId, getAppOnce),
  appGone: forgetAppName,
};

const guard = createGuard(deps);
const routes = createRouteGuard(guard, deps);

// Every answer leaves in the requester's language: messages made in lib/ are references
// (lib/i18n/message-ref.ts), put into words here, once, for every action and route.
export const withAppAction: typeof guard.withAppAction = async (opts, handler) =>
  localizeResult(await guard.withAppAction(opts, handler));
export const withAdminAction: typeof guard.withAdminAction = async (opts, handler) =>
  localizeResult(await guard.withAdminAction(opts, handler));
export const withActorAction: typeof guard.withActorAction = async (opts, handler) =>
  localizeResult(await guard.withActorAction(opts, handler));
export const withAppRoute: typeof routes.withAppRoute = (...args) => localizedRoute(routes.withAppRoute(...args));
export const withAdminRoute: typeof routes.withAdminRoute = (...args) =>
  localizedRoute(routes.withAdminRoute(...args));
export const withActorRoute: typeof routes.withActorRoute = (...args) =>
  localizedRoute(routes.withActorRoute(...args));

/** To sign-in, and back to the page asked for (proxy.ts passes its path on) afterwards. */
async function toSignIn(): Promise<never> {
  redirect(signInHref((await headers()).get(PATH_HEADER) ?? undefined));
}

/** The signed-in person of this page request; anonymous people go to sign-in. */
export const requirePageActor = cache(async (): Promise<Actor> => {
  const resolved = await guard.resolveActor(await getDb(), await headers());
  if (resolved.kind === "anonymous") return toSignIn();
  return resolved.actor;
});

const appPageAccess = cache(
  async (appId: string, needs: AppRole, purpose: AccessPurpose): Promise<AppAccess> =>
    guard.resolveAppAccess(await getDb(), await headers(), {
      action: `page.${purpose}`,
      appId,
      needs,
      purpose,
    }),
);

/** The actor on an app page that needs `needs`; see the header for what happens otherwise. */
export async function requireAppPage(
  appId: string,
  needs: AppRole,
  purpose: AccessPurpose = needs === "viewer" ? "view" : "create",
): Promise<AppActor> {
  const access = await appPageAccess(appId, needs, purpose);
  switch (access.kind) {
    case "ok":
      return access.actor;
    case "anonymous":
      return toSignIn();
    case "refused":
      forbidden();
    case "bad-app-id":
    case "missing-app":
      notFound();
    case "esa-failed":
      // The page shows ESA's failure as it always has.
      throw access.error;
  }
}

/** An audit row for something a page did for an actor (e.g. a prefill that carried secrets). */
export async function recordAppEvent(
  actor: AppActor,
  event: { action: string; target?: string | null; payload?: unknown },
): Promise<void> {
  await guard.audit(await getDb(), {
    actor: guard.auditActor(actor),
    app: actor.app,
    outcome: "ok",
    clientAddress: actor.client.address,
    userAgent: actor.client.userAgent,
    ...event,
  });
}

/**
 * For forbidden.tsx: the sentence the refusal of requireAppPage(appId, needs, purpose) made in
 * this request ("You have viewer access to shop-eu; creating versions needs submitter. …").
 * Shares that call's per-request cache, so it neither asks again nor writes a second audit row.
 */
export async function appPageRefusal(
  appId: string,
  needs: AppRole,
  purpose: AccessPurpose = needs === "viewer" ? "view" : "create",
): Promise<string | null> {
  const access = await appPageAccess(appId, needs, purpose);
  return access.kind === "refused" ? access.message : null;
}

/** The actor of an administrators' page; others get the forbidden page. */
export async function requireAdminPage(): Promise<Actor> {
  const actor = await requirePageActor();
  if (!actor.access.person.isAdmin) {
    await guard.audit(await getDb(), {
      actor: guard.auditActor(actor),
      action: "page.admin",
      outcome: "refused",
      esaCode: "Forbidden",
      clientAddress: actor.client.address,
      userAgent: actor.client.userAgent,
    });
    forbidden();
  }
  return actor;
}
