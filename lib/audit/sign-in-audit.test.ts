import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { createFirstAdmin } from "@/lib/auth/first-run";
import type { Auth } from "@/lib/auth/instance";
import type { DatabaseHandle } from "@/lib/db/client";
import { authRequest, createTestAuth, TEST_ORIGIN } from "@/lib/testing/test-auth";
import { openTestDatabase } from "@/lib/testing/test-database";

import { auditRefusedSignIn, auditSignIn } from "./sign-in-audit";
import { verifyAuditChain } from "./verify";

let handle: DatabaseHandle;
let auth: Auth;

beforeAll(async () => {
  handle = await openTestDatabase();
  auth = createTestAuth(handle.db, {}, (event) => auditSignIn(handle.db, event));
}, 120_000);
afterAll(() => handle.close(), 60_000);

const admin = { email: "root@example.com", name: "Root", password: "correct horse battery" };

interface Row {
  actor_id: string | null;
  actor_name: string | null;
  actor_kind: string;
  action: string;
  target: string | null;
  outcome: string;
  client_address: string | null;
  user_agent: string | null;
  payload: unknown;
}

/** The log only grows (a hash chain): each test reads the rows after those before it. */
let firstNewId = 0;

async function auditRows(): Promise<Row[]> {
  const result = await handle.db.execute(
    sql`select actor_id, actor_name, actor_kind, action, target, outcome, client_address, user_agent, payload from audit_log where id >= ${firstNewId} order by id`,
  );
  return (result as unknown as { rows: Row[] }).rows;
}

describe("sign-ins in the audit log", { timeout: 60_000 }, () => {
  let adminId = "";
  beforeEach(async () => {
    await handle.db.execute(sql`truncate "user", session, account, rate_limit, sign_in_throttle cascade`);
    const result = await handle.db.execute(sql`select coalesce(max(id), 0)::int + 1 as next from audit_log`);
    firstNewId = (result as unknown as { rows: Array<{ next: number }> }).rows[0]!.next;
    const created = await createFirstAdmin(handle.db, admin);
    if (!created.ok) throw new Error(created.message);
    adminId = created.userId;
  });

  it("records a success with the person, and a failure with the email typed, address and user agent", async () => {
    expect((await authRequest(auth, "/sign-in/email", admin, { ip: "198.51.100.4" })).status).toBe(200);
    const wrong = { email: "Root@Example.com", password: "wrong password" };
    expect((await authRequest(auth, "/sign-in/email", wrong, { ip: "198.51.100.5" })).status).toBe(401);

    expect(await auditRows()).toEqual([
      {
        actor_id: adminId,
        actor_name: "Root",
        actor_kind: "local",
        action: "sign-in",
        target: "root@example.com",
        outcome: "ok",
        client_address: "198.51.100.4",
        user_agent: null,
        payload: { method: "password" },
      },
      {
        actor_id: null,
        actor_name: null,
        actor_kind: "anonymous",
        action: "sign-in",
        target: "root@example.com",
        outcome: "failed",
        client_address: "198.51.100.5",
        user_agent: null,
        payload: { method: "password", reason: "INVALID_EMAIL_OR_PASSWORD" },
      },
    ]);
    expect((await verifyAuditChain(handle.db)).ok).toBe(true);
  });

  it("records a sign-in refused by a rate limit, which better-auth answers before its hooks", async () => {
    const request = () =>
      new Request(`${TEST_ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9", "user-agent": "curl/8" },
        body: JSON.stringify({ email: "Root@example.com", password: "guess" }),
      });
    await auditRefusedSignIn(handle.db, request(), new Response("{}", { status: 429 }));
    await auditRefusedSignIn(handle.db, request(), new Response("{}", { status: 401 }));
    expect(await auditRows()).toEqual([
      expect.objectContaining({
        actor_kind: "anonymous",
        target: "root@example.com",
        outcome: "refused",
        client_address: "203.0.113.9",
        user_agent: "curl/8",
        payload: { method: "password", reason: "rate-limited" },
      }),
    ]);
  });
});
