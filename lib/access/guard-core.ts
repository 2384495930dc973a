import "server-only";

import { appendAudit } from "@/lib/audit/append";
import { clientOf } from "@/lib/audit/client";
import type { AuditEntry, AuditOutcome } from "@/lib/audit/types";
import { EsaError } from "@/lib/esa/errors";
import type { Db } from "@/lib/db/types";
import { SHUTTING_DOWN_MESSAGE, ShuttingDownError } from "@/lib/ops/in-flight";
import { opsLog } from "@/lib/ops/logger";
import { annotateRequest, currentRequest } from "@/lib/ops/request-context";
import { actionFailure, type ActionFailure } from "@/lib/submit/results";

import type { ActionRefusal, Actor, AppActor, ClientInfo, GuardDeps } from "./guard-types";
import { loadPersonAccess } from "./person-access";
import {
  ADMIN_NEEDED_MESSAGE,
  MALFORMED_APP_ID_MESSAGE,
  NO_SUCH_APP_MESSAGE,
  NOT_SIGNED_IN_MESSAGE,
  roleNeededMessage,
  unexpectedActionMessage,
  type AccessPurpose,
} from "./refusal-messages";
import { roleAllows, type AppRole } from "./roles";

// The guard's logic, built from injected readers (session, database, app names) so tests run it
// on PGlite with fake sessions. guard.ts wires the real ones; read its header for the contract.

const APP_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Which outcomes get an audit row: every one (writes), or refusals only (reads, polled often). */
export type AuditMode = "all" | "refusals";

export interface AppActionOptions {
  /** The audit action, e.g. `version.create`. */
  action: string;
  /** The AppId the action acts on, as received (untrusted). */
  appId: unknown;
  needs: AppRole;
  /** What the refusal message says the role is needed for (`create`, `validate`, …). */
  purpose?: AccessPurpose;
  /** The thing acted on (version name or id) for the audit row. */
  target?: string | null;
  /** The request as received; secret-looking values are masked before it is stored. */
  payload?: unknown;
  audit?: AuditMode;
}

export interface AdminActionOptions {
  action: string;
  target?: string | null;
  payload?: unknown;
  audit?: AuditMode;
}

/** What resolving an app for an actor can end in; pages and route handlers map it to answers. */
export type AppAccess =
  | { kind: "ok"; actor: AppActor }
  | { kind: "anonymous"; message: string }
  | { kind: "refused"; message: string; app: { id: string; name: string | null } }
  | { kind: "bad-app-id"; message: string; actor: Actor }
  | { kind: "missing-app"; message: string; actor: Actor }
  | { kind: "esa-failed"; error: EsaError; actor: Actor };

type ResolvedActor = { kind: "ok"; actor: Actor } | { kind: "anonymous" };

type ResultLike = {
  ok: boolean;
  code?: string;
  requestId?: string;
  outcomeUnknown?: boolean;
};

function refusal(code: ActionRefusal["code"], message: string): ActionRefusal {
  const httpStatus = code === "NotSignedIn" ? 401 : 403;
  return { ...actionFailure(code, message, { httpStatus }), ok: false, code, httpStatus };
}

/** Runs a handler; a throw becomes UnexpectedError, logged by name only (a message or stack
 * may carry request values). An operation refused because the server is stopping says so. */
async function runHandler<R>(action: string, run: () => Promise<R>): Promise<R | ActionFailure> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ShuttingDownError) return actionFailure("ShuttingDown", SHUTTING_DOWN_MESSAGE);
    logUnexpected(action, error);
    return actionFailure("UnexpectedError", unexpectedActionMessage(currentRequest()?.requestId));
  }
}

function logUnexpected(action: string, error: unknown): void {
  opsLog().error(
    { action, error: error instanceof Error ? error.name : typeof error },
    "handler failed unexpectedly",
  );
}

/** The audit outcome of a handler's result value. */
function outcomeOf(result: ResultLike): Pick<AuditEntry, "outcome" | "esaCode" | "requestId"> {
  if (result.ok) return { outcome: "ok", requestId: result.requestId ?? null };
  if (result.code === "Forbidden") return { outcome: "refused", esaCode: "Forbidden" };
  const outcome: AuditOutcome = result.outcomeUnknown ? "unknown" : "failed";
  return { outcome, esaCode: result.code ?? null, requestId: result.requestId ?? null };
}

export function createGuard(deps: GuardDeps) {
  async function audit(db: Db, entry: AuditEntry): Promise<void> {
    // Everything the guard decides passes here: the request's log line takes who, what and how.
    annotateRequest({
      userId: entry.actor.id,
      appId: entry.app?.id ?? null,
      action: entry.action,
      outcome: entry.outcome,
    });
    try {
      await appendAudit(db, entry);
    } catch (error) {
      // The answer to the person stands; a lost audit row is reported where operators look.
      opsLog().error(
        { action: entry.action, error: error instanceof Error ? error.message : String(error) },
        "audit row could not be written",
      );
    }
  }

  function auditActor(actor: Actor | null): AuditEntry["actor"] {
    if (!actor) return { id: null, name: null, kind: "anonymous" };
    return { id: actor.session.userId, name: actor.session.name, kind: actor.session.signsInWith };
  }

  function clientFields(client: ClientInfo) {
    return { clientAddress: client.address, userAgent: client.userAgent };
  }

  async function readSessionThenAccess(db: Db, headers: Headers) {
    const session = await deps.readSession(headers);
    return session ? { session, access: await loadPersonAccess(db, session.userId) } : null;
  }

  async function resolveActor(db: Db, headers: Headers): Promise<ResolvedActor> {
    // Read fresh on every request: a grant removed a moment ago no longer counts.
    const read = deps.readActor
      ? await deps.readActor(headers)
      : await readSessionThenAccess(db, headers);
    if (!read?.access) return { kind: "anonymous" };
    const { session, access } = read;
    annotateRequest({ userId: session.userId });
    return { kind: "ok", actor: { session, access, client: clientOf(headers) } };
  }

  /** Whether the person has no grant at all (not even a default one): no app name can help. */
  function hasNoGrants(actor: Actor): boolean {
    const { access } = actor;
    return !access.person.isAdmin && access.grants.length === 0 && !access.defaultGrant;
  }

  /** Session, role on the app and the refusal's audit row, for an action, route or page. */
  async function resolveAppAccess(
    db: Db,
    headers: Headers,
    opts: {
      action: string;
      appId: unknown;
      needs: AppRole;
      purpose: AccessPurpose;
      payload?: unknown;
      target?: string | null;
    },
  ): Promise<AppAccess> {
    const resolved = await resolveActor(db, headers);
    const appIdText = typeof opts.appId === "string" ? opts.appId : null;
    const base = { action: opts.action, target: opts.target ?? null, payload: opts.payload };
    if (resolved.kind === "anonymous") {
      await audit(db, {
        ...base,
        actor: auditActor(null),
        app: appIdText && APP_ID.test(appIdText) ? { id: appIdText } : null,
        outcome: "refused",
        esaCode: "NotSignedIn",
        ...clientFields(clientOf(headers)),
      });
      return { kind: "anonymous", message: NOT_SIGNED_IN_MESSAGE };
    }
    const { actor } = resolved;
    if (appIdText === null || !APP_ID.test(appIdText)) {
      return { kind: "bad-app-id", message: MALFORMED_APP_ID_MESSAGE, actor };
    }
    const refuse = async (name: string | null, role: AppRole | null) => {
      await audit(db, {
        ...base,
        actor: auditActor(actor),
        app: { id: appIdText, name },
        outcome: "refused",
        esaCode: "Forbidden",
        ...clientFields(actor.client),
      });
      const message = roleNeededMessage(name ?? appIdText, role, opts.needs, opts.purpose);
      return { kind: "refused" as const, message, app: { id: appIdText, name } };
    };
    // Someone without any grant is refused without a call to ESA; anyone else is told their
    // role on this app by its name, which name patterns (shop-*) need anyway.
    if (hasNoGrants(actor)) return refuse(null, null);
    let name: string | null;
    try {
      name = await deps.appName(appIdText);
    } catch (error) {
      if (!(error instanceof EsaError)) throw error;
      // Without the name, a grant by AppId or `*` can still decide; a name pattern cannot.
      const role = actor.access.roleOn({ id: appIdText, name: "" });
      if (roleAllows(role, opts.needs) && role) {
        return { kind: "ok", actor: { ...actor, app: { id: appIdText, name: appIdText }, role } };
      }
      return { kind: "esa-failed", error, actor };
    }
    if (name === null) {
      // ESA has no such app. Whoever's role does not hang on its name (an admin, a `*` or AppId
      // grant) goes on, and ESA's own answer tells them; for anyone else it is simply missing.
      const role = actor.access.roleOn({ id: appIdText, name: "" });
      if (role && roleAllows(role, opts.needs)) {
        return { kind: "ok", actor: { ...actor, app: { id: appIdText, name: appIdText }, role } };
      }
      return { kind: "missing-app", message: NO_SUCH_APP_MESSAGE, actor };
    }
    const role = actor.access.roleOn({ id: appIdText, name });
    if (!role || !roleAllows(role, opts.needs)) return refuse(name, role);
    return { kind: "ok", actor: { ...actor, app: { id: appIdText, name }, role } };
  }

  /** A server action on one app: refusals and (by default) every outcome are audited. */
  async function withAppAction<R extends ResultLike>(
    opts: AppActionOptions,
    handler: (actor: AppActor) => Promise<R>,
  ): Promise<R | ActionFailure> {
    const db = await deps.db();
    const headers = await deps.requestHeaders();
    const purpose = opts.purpose ?? opts.action;
    const access = await resolveAppAccess(db, headers, { ...opts, purpose });
    const mode = opts.audit ?? "all";
    const entry = (actor: Actor | null, app: AuditEntry["app"]) => ({
      actor: auditActor(actor),
      action: opts.action,
      app,
      target: opts.target ?? null,
      payload: opts.payload,
      ...clientFields(actor?.client ?? clientOf(headers)),
    });
    if (access.kind === "anonymous") return refusal("NotSignedIn", access.message);
    if (access.kind === "refused") return refusal("Forbidden", access.message);
    if (access.kind !== "ok") {
      // A create or dry run that could not start is still an attempt worth a row.
      const failure = failureOf(access);
      const { actor } = access;
      const app =
        typeof opts.appId === "string" && APP_ID.test(opts.appId) ? { id: opts.appId } : null;
      if (mode === "all") await audit(db, { ...entry(actor, app), ...outcomeOf(failure) });
      return failure;
    }
    const { actor } = access;
    const result = await runHandler(opts.action, () => handler(actor));
    if (!result.ok && result.code === "InvalidApp.NotFound") deps.appGone?.(actor.app.id);
    if (mode === "all") await audit(db, { ...entry(actor, actor.app), ...outcomeOf(result) });
    return result;
  }

  /** A server action of a signed-in person (admins only with `adminOnly`), audited like
   * withAppAction. A handler's own refusal (code "Forbidden") is audited as refused. */
  async function actorAction<R>(
    opts: AdminActionOptions,
    adminOnly: boolean,
    handler: (actor: Actor) => Promise<R>,
  ): Promise<R | ActionFailure> {
    const db = await deps.db();
    const headers = await deps.requestHeaders();
    const resolved = await resolveActor(db, headers);
    const actor = resolved.kind === "ok" ? resolved.actor : null;
    const base = {
      actor: auditActor(actor),
      action: opts.action,
      target: opts.target ?? null,
      payload: opts.payload,
      ...clientFields(actor?.client ?? clientOf(headers)),
    };
    if (!actor) {
      await audit(db, { ...base, outcome: "refused", esaCode: "NotSignedIn" });
      return refusal("NotSignedIn", NOT_SIGNED_IN_MESSAGE);
    }
    if (adminOnly && !actor.access.person.isAdmin) {
      await audit(db, { ...base, outcome: "refused", esaCode: "Forbidden" });
      return refusal("Forbidden", ADMIN_NEEDED_MESSAGE);
    }
    const result = await runHandler(opts.action, () => handler(actor));
    if ((opts.audit ?? "all") === "all") {
      const outcome = isResultLike(result) ? outcomeOf(result) : { outcome: "ok" as const };
      await audit(db, { ...base, ...outcome });
    }
    return result;
  }

  /** A server action only administrators may take; audited like withAppAction. */
  function withAdminAction<R>(
    opts: AdminActionOptions,
    handler: (actor: Actor) => Promise<R>,
  ): Promise<R | ActionFailure> {
    return actorAction(opts, true, handler);
  }

  /**
   * A server action of any signed-in person, not tied to one app (the team library): the handler
   * decides what the actor may do, and answers a refusal with code "Forbidden".
   */
  function withActorAction<R>(
    opts: AdminActionOptions,
    handler: (actor: Actor) => Promise<R>,
  ): Promise<R | ActionFailure> {
    return actorAction(opts, false, handler);
  }

  return {
    audit,
    auditActor,
    resolveActor,
    resolveAppAccess,
    withAppAction,
    withAdminAction,
    withActorAction,
  };
}

function failureOf(
  access: Extract<AppAccess, { kind: "bad-app-id" | "missing-app" | "esa-failed" }>,
): ActionFailure {
  if (access.kind !== "esa-failed") {
    return actionFailure("InvalidApp.NotFound", access.message, {
      fieldErrors: [{ path: "appId", message: access.message }],
    });
  }
  const { error } = access;
  return actionFailure(error.code, error.message, {
    httpStatus: error.httpStatus,
    requestId: error.requestId,
    recommend: error.recommend,
    outcomeUnknown: false,
  });
}

function isResultLike(value: unknown): value is ResultLike {
  return (
    typeof value === "object" && value !== null && typeof (value as ResultLike).ok === "boolean"
  );
}

export type Guard = ReturnType<typeof createGuard>;
