import "server-only";

import type { AuditEntry } from "@/lib/audit/types";
import type { EsaErrorPublic } from "@/lib/esa/types";
import { opsLog } from "@/lib/ops/logger";
import { currentRequest } from "@/lib/ops/request-context";

import type { AuditMode, Guard } from "./guard-core";
import type { Actor, AppActor, GuardDeps } from "./guard-types";
import { ADMIN_NEEDED_MESSAGE, NOT_SIGNED_IN_MESSAGE, unexpectedRouteMessage } from "./refusal-messages";
import type { AppRole } from "./roles";

// Route handlers behind the guard: 401 JSON without a session, 403 JSON without the role, both
// audited. Answers use the `{ error: EsaErrorPublic }` shape the browser already reads.

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonRefusal(status: number, code: string, message: string): Response {
  const error: EsaErrorPublic = {
    kind: "service",
    code,
    message,
    httpStatus: status,
    outcomeUnknown: false,
    retryable: false,
  };
  return Response.json({ error }, { status, headers: NO_STORE });
}

const unexpected = () =>
  jsonRefusal(
    500,
    "UnexpectedError",
    unexpectedRouteMessage(currentRequest()?.requestId),
  );

type RouteContext<P> = { params: Promise<P> };

export interface RouteOptions {
  /** Reads audit refusals only (default); writes pass "all". */
  audit?: AuditMode;
}

export function createRouteGuard(guard: Guard, deps: GuardDeps) {
  async function finish(
    entry: Omit<AuditEntry, "outcome">,
    mode: AuditMode,
    run: () => Promise<Response>,
  ): Promise<Response> {
    let response: Response;
    try {
      response = await run();
    } catch (error) {
      opsLog().error(
        { action: entry.action, error: error instanceof Error ? error.name : typeof error },
        "route handler failed unexpectedly",
      );
      response = unexpected();
    }
    if (mode === "all") {
      await guard.audit(await deps.db(), {
        ...entry,
        outcome: response.ok ? "ok" : "failed",
        esaCode: response.ok ? null : String(response.status),
      });
    }
    return response;
  }

  function withAppRoute<P extends { appId: string }>(
    needs: AppRole,
    action: string,
    handler: (request: Request, actor: AppActor, params: P) => Promise<Response>,
    options: RouteOptions = {},
  ) {
    return async (request: Request, context: RouteContext<P>): Promise<Response> => {
      const params = await context.params;
      const db = await deps.db();
      const access = await guard.resolveAppAccess(db, request.headers, {
        action,
        appId: params.appId,
        needs,
        purpose: needs === "viewer" ? "view" : action,
      });
      switch (access.kind) {
        case "anonymous":
          return jsonRefusal(401, "NotSignedIn", access.message);
        case "refused":
          return jsonRefusal(403, "Forbidden", access.message);
        case "bad-app-id":
          return jsonRefusal(400, "InvalidParameter.appid", access.message);
        case "missing-app":
          return jsonRefusal(404, "InvalidApp.NotFound", access.message);
        case "esa-failed":
          return Response.json(
            { error: access.error.toPublic() },
            { status: access.error.httpStatus === 429 ? 429 : 502, headers: NO_STORE },
          );
        case "ok":
          break;
      }
      const { actor } = access;
      const entry = {
        actor: guard.auditActor(actor),
        action,
        app: actor.app,
        clientAddress: actor.client.address,
        userAgent: actor.client.userAgent,
      };
      return finish(entry, options.audit ?? "refusals", () => handler(request, actor, params));
    };
  }

  /** A route not tied to one app: any signed-in person, or administrators only. */
  function actorRoute<P>(
    action: string,
    adminOnly: boolean,
    handler: (request: Request, actor: Actor, params: P) => Promise<Response>,
    options: RouteOptions,
  ) {
    return async (request: Request, context: RouteContext<P>): Promise<Response> => {
      const db = await deps.db();
      const resolved = await guard.resolveActor(db, request.headers);
      const actor = resolved.kind === "ok" ? resolved.actor : null;
      const entry = {
        actor: guard.auditActor(actor),
        action,
        clientAddress: actor?.client.address ?? null,
        userAgent: actor?.client.userAgent ?? null,
      };
      if (!actor || (adminOnly && !actor.access.person.isAdmin)) {
        const code = actor ? "Forbidden" : "NotSignedIn";
        await guard.audit(db, { ...entry, outcome: "refused", esaCode: code });
        return actor
          ? jsonRefusal(403, code, ADMIN_NEEDED_MESSAGE)
          : jsonRefusal(401, code, NOT_SIGNED_IN_MESSAGE);
      }
      const params = await context.params;
      return finish(entry, options.audit ?? "refusals", () => handler(request, actor, params));
    };
  }

  function withAdminRoute<P = Record<string, never>>(
    action: string,
    handler: (request: Request, actor: Actor, params: P) => Promise<Response>,
    options: RouteOptions = {},
  ) {
    return actorRoute(action, true, handler, options);
  }

  /**
   * A route handler for any signed-in person, not tied to one app (the audit log's export): the
   * handler decides what the actor may see. 401 JSON without a session, audited.
   */
  function withActorRoute<P = Record<string, never>>(
    action: string,
    handler: (request: Request, actor: Actor, params: P) => Promise<Response>,
    options: RouteOptions = {},
  ) {
    return actorRoute(action, false, handler, options);
  }

  return { withAppRoute, withAdminRoute, withActorRoute };
}
