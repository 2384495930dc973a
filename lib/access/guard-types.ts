import "server-only";

import type { ClientInfo } from "@/lib/audit/client";
import type { PortalSession } from "@/lib/auth/session";
import type { Db } from "@/lib/db/types";
import type { ActionFailure } from "@/lib/submit/results";

import type { PersonAccess } from "./person-access";
import type { AppRole } from "./roles";

// The types of lib/access/guard.ts, apart so the guard's core can be built with fake readers.

export type { ClientInfo } from "@/lib/audit/client";

/** A signed-in person whose access was read fresh for this request. */
export interface Actor {
  session: PortalSession;
  access: PersonAccess;
  client: ClientInfo;
}

/** An actor acting on one app, with their role on it (already checked against what is needed). */
export interface AppActor extends Actor {
  app: { id: string; name: string };
  role: AppRole;
}

/** Why the guard refused, as the action's failure value (never thrown at the client). */
export type ActionRefusal = ActionFailure & {
  ok: false;
  code: "NotSignedIn" | "Forbidden";
  httpStatus: 401 | 403;
};

/** What the guard reads; the real ones are wired in guard.ts, tests pass their own. */
export interface GuardDeps {
  /** The current request's headers (server actions and pages: `await headers()`). */
  requestHeaders(): Promise<Headers>;
  readSession(headers: Headers): Promise<PortalSession | null>;
  /**
   * The session and the person's access read together (one statement, lib/auth/session.ts
   * readSessionAndAccess); without it, readSession and then loadPersonAccess. Either way both
   * come from the database on every request.
   */
  readActor?(
    headers: Headers,
  ): Promise<{ session: PortalSession; access: PersonAccess | null } | null>;
  db(): Promise<Db>;
  /** The app's name, or null when ESA has no such app. Other ESA failures throw an EsaError. */
  appName(appId: string): Promise<string | null>;
  /** Told when an action on the app answered InvalidApp.NotFound (appName may remember names). */
  appGone?(appId: string): void;
}
