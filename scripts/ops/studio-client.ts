import { readFileSync } from "node:fs";
import { join } from "node:path";

// A person's browser reduced to HTTP, for the packaged-server smoke test and the load test:
// pages and JSON routes with the session cookie, better-auth's sign-in, and server actions called
// the way Next's client calls them (Next-Action header, the arguments as one JSON text, the
// answer as React's flight stream, whose row 1 is the action's return value).

export interface ActionIds {
  setUp: string;
  createVersion: string;
  validateVersion: string;
  createInvitation: string;
  acceptInvitation: string;
  saveDefaultGrant: string;
  publishToStaging: string;
}

/** The ids the build gave the actions the scripts call (from the server reference manifest). */
export function readActionIds(serverDir: string): ActionIds {
  const manifest = JSON.parse(
    readFileSync(join(serverDir, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const find = (name: string, file: string) => {
    const hit = Object.entries(manifest.node).find(
      ([, v]) => v.exportedName === name && v.filename?.includes(file),
    );
    if (!hit) throw new Error(`${name} is not in the build's server reference manifest`);
    return hit[0];
  };
  return {
    setUp: find("setUpAction", "setup/actions"),
    createVersion: find("createVersionAction", "versions/new/actions"),
    validateVersion: find("validateVersionAction", "versions/new/actions"),
    createInvitation: find("createInvitationAction", "admin/actions"),
    acceptInvitation: find("acceptInvitationAction", "invite/"),
    saveDefaultGrant: find("saveDefaultGrantAction", "admin/actions"),
    publishToStaging: find("publishToStagingAction", "release/actions"),
  };
}

export interface Answer<T = unknown> {
  status: number;
  requestId: string | null;
  value: T;
  cookie?: string;
}

function sessionCookieOf(response: Response): string | undefined {
  const set = response.headers.getSetCookie().find((c) => c.startsWith("studio.session_token="));
  return set?.split(";")[0];
}

/** The action's return value: row 0 names its row as `"a":"$@<id>"` (1 unless a revalidated page
 * tree came along). */
export function actionValue(flight: string): unknown {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const head = rows.get("0");
  const pointer = head ? /"a":"\$@([0-9a-f]+)"/.exec(head)?.[1] : undefined;
  const row = rows.get(pointer ?? "1");
  if (!row) throw new Error(`no action result in the answer: ${flight.slice(0, 200)}`);
  return JSON.parse(row);
}

export class StudioClient {
  cookie: string | undefined;

  /** `forwardedFor`: the client address a load balancer would pass on (sign-in limits count it). */
  constructor(
    readonly origin: string,
    readonly forwardedFor?: string,
  ) {}

  /** The same person (session) on another instance. */
  on(origin: string): StudioClient {
    const other = new StudioClient(origin, this.forwardedFor);
    other.cookie = this.cookie;
    return other;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      ...(this.cookie ? { cookie: this.cookie } : {}),
      ...(this.forwardedFor ? { "x-forwarded-for": this.forwardedFor } : {}),
      ...extra,
    };
  }

  async action<T>(page: string, id: string, args: unknown[]): Promise<Answer<T>> {
    const response = await fetch(`${this.origin}${page}`, {
      method: "POST",
      headers: this.headers({
        "Next-Action": id,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: this.origin,
      }),
      body: JSON.stringify(args),
    });
    const text = await response.text();
    const cookie = sessionCookieOf(response);
    if (cookie) this.cookie = cookie;
    return {
      status: response.status,
      requestId: response.headers.get("x-request-id"),
      value: (response.ok ? actionValue(text) : text) as T,
      cookie,
    };
  }

  async get(path: string): Promise<Answer<string>> {
    const response = await fetch(`${this.origin}${path}`, {
      headers: this.headers(),
      redirect: "manual",
    });
    return {
      status: response.status,
      requestId: response.headers.get("x-request-id"),
      value: await response.text(),
    };
  }

  async signIn(email: string, password: string): Promise<Answer<unknown>> {
    const response = await fetch(`${this.origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: this.headers({ "Content-Type": "application/json", Origin: this.origin }),
      body: JSON.stringify({ email, password }),
    });
    const cookie = sessionCookieOf(response);
    if (cookie) this.cookie = cookie;
    return {
      status: response.status,
      requestId: response.headers.get("x-request-id"),
      value: await response.json(),
      cookie,
    };
  }
}
