import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import {
  authRequest,
  cookiesOf,
  createTestAuth,
  requestHeaders,
  testPortal,
} from "@/lib/testing/test-auth";
import { allInEnglish } from "@/lib/testing/i18n";
import { openTestDatabase } from "@/lib/testing/test-database";

import { buildAuthOptions } from "./auth-options";
import { createFirstAdmin, hasAnyUser } from "./first-run";
import type { Auth } from "./instance";
import { acceptInvitation, createInvitation, inspectInvitation } from "./invitations";
import { readSession } from "./session";

let handle: DatabaseHandle;
let db: Db;
let auth: Auth;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  auth = createTestAuth(db);
}, 120_000);
afterAll(() => handle.close(), 60_000);

async function emptyTables() {
  await db.execute(
    sql`truncate "user", session, account, verification, rate_limit, sign_in_throttle, invitation cascade`,
  );
}

const admin = { email: "Root@Example.com", name: "Root", password: "correct horse battery" };

describe("first run", { timeout: 60_000 }, () => {
  beforeEach(emptyTables);

  it("creates the first administrator once, then setup is refused", async () => {
    expect(await hasAnyUser(db)).toBe(false);
    const created = await createFirstAdmin(db, admin);
    expect(created).toEqual({ ok: true, userId: expect.any(String) });
    expect(await hasAnyUser(db)).toBe(true);
    expect(allInEnglish(await createFirstAdmin(db, { ...admin, email: "other@example.com" }))).toEqual({
      ok: false,
      message: "Setup is already done: sign in instead.",
    });
  });

  it("lets exactly one of two simultaneous setups win", async () => {
    const results = await Promise.all([
      createFirstAdmin(db, admin),
      createFirstAdmin(db, { ...admin, email: "second@example.com" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const [row] = await db
      .execute(sql`select count(*)::int as n from "user"`)
      .then((r) => (r as unknown as { rows: Array<{ n: number }> }).rows);
    expect(row?.n).toBe(1);
  });

  it("lets nobody be created through better-auth (single sign-on) before setup, and after it does", async () => {
    const { internalAdapter } = await auth.$context;
    const person = { email: "sso@example.com", name: "Sso", emailVerified: true };
    const source = { method: "oauth", oauth: { providerId: "oidc" } };
    expect(await internalAdapter.createUser(person, source)).toBeNull();
    expect(await hasAnyUser(db)).toBe(false);
    await createFirstAdmin(db, admin);
    expect(await internalAdapter.createUser(person, source)).toMatchObject({ email: "sso@example.com", role: "member" });
  });

  it("refuses bad input on the field it concerns", async () => {
    const result = allInEnglish(await createFirstAdmin(db, { email: "nope", name: " ", password: "short" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        email: expect.stringMatching(/email address/),
        name: "Enter a name.",
        password: expect.stringMatching(/at least 8/),
      },
    });
    expect(await hasAnyUser(db)).toBe(false);
  });

  it("signs the administrator in through better-auth with HttpOnly, SameSite=Lax cookies", async () => {
    await createFirstAdmin(db, admin);
    const response = await authRequest(auth, "/sign-in/email", {
      email: "root@example.com",
      password: admin.password,
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/studio\.session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    // Served over plain http here: no Secure attribute, or the browser would drop the cookie.
    expect(setCookie).not.toMatch(/Secure/i);

    const session = await readSession(auth, db, requestHeaders(cookiesOf(response)));
    expect(session).toMatchObject({
      email: "root@example.com",
      isAdmin: true,
      signsInWith: "local",
      groups: [],
    });
  });

  it("never makes cookies Secure without a public URL, so a production build works over plain http", () => {
    // better-auth would decide Secure from NODE_ENV=production when the origin is per request.
    const options = (publicUrl: string | undefined) =>
      buildAuthOptions({ db, portal: { ...testPortal, publicUrl }, secret: testPortal.authSecret! });
    expect(options(undefined).advanced.useSecureCookies).toBe(false);
    expect(options("http://studio.internal").advanced.useSecureCookies).toBe(false);
    expect(options("https://studio.example.com").advanced.useSecureCookies).toBe(true);
  });

  it("marks cookies Secure when the public URL is https", async () => {
    await createFirstAdmin(db, admin);
    const secureAuth = createTestAuth(db, { publicUrl: "https://studio.example.com" });
    const response = await secureAuth.handler(
      new Request("https://studio.example.com/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://studio.example.com" },
        body: JSON.stringify({ email: "root@example.com", password: admin.password }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join("\n")).toMatch(
      /__Secure-studio\.session_token=.*Secure/i,
    );
  });

  it("refuses a wrong password and has no open sign-up", async () => {
    await createFirstAdmin(db, admin);
    const wrong = await authRequest(auth, "/sign-in/email", {
      email: "root@example.com",
      password: "wrong password",
    });
    expect(wrong.status).toBe(401);
    const signUp = await authRequest(auth, "/sign-up/email", {
      email: "x@example.com",
      name: "X",
      password: "long enough pw",
    });
    expect(signUp.ok).toBe(false);
    expect(
      await db
        .execute(sql`select 1 from "user" where email = 'x@example.com'`)
        .then((r) => (r as unknown as { rows: unknown[] }).rows),
    ).toHaveLength(0);
  });

  it("limits sign-in attempts per account whatever address they come from", async () => {
    await createFirstAdmin(db, admin);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const response = await authRequest(
        auth,
        "/sign-in/email",
        { email: "root@example.com", password: "wrong password" },
        { ip: `198.51.100.${i + 1}` },
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("gives a disabled person no session", async () => {
    const created = await createFirstAdmin(db, admin);
    const signedIn = await authRequest(auth, "/sign-in/email", {
      email: "root@example.com",
      password: admin.password,
    });
    const cookie = cookiesOf(signedIn);
    await db.execute(
      sql`update "user" set disabled = true where id = ${created.ok ? created.userId : ""}`,
    );
    expect(await readSession(auth, db, requestHeaders(cookie))).toBeNull();
    const again = await authRequest(auth, "/sign-in/email", {
      email: "root@example.com",
      password: admin.password,
    });
    expect(again.ok).toBe(false);
  });
});

describe("invitations", { timeout: 60_000 }, () => {
  let adminId: string;
  beforeEach(async () => {
    await emptyTables();
    const created = await createFirstAdmin(db, admin);
    if (!created.ok) throw new Error(created.message);
    adminId = created.userId;
  });

  it("stores only the token's hash, and the invited person signs in after accepting", async () => {
    const invited = await createInvitation(db, { email: "Ada@Example.com", createdBy: adminId });
    if (!invited.ok) throw new Error(invited.message);
    expect(invited.invitation.email).toBe("ada@example.com");
    expect(invited.invitation.tokenHash).not.toContain(invited.token);
    const stored = await db
      .execute(sql`select token_hash from invitation`)
      .then((r) => JSON.stringify(r));
    expect(stored).not.toContain(invited.token);

    const accepted = await acceptInvitation(db, {
      token: invited.token,
      name: "Ada",
      password: "ada's long password",
    });
    expect(accepted).toEqual({ ok: true, userId: expect.any(String), email: "ada@example.com" });
    const signIn = await authRequest(auth, "/sign-in/email", {
      email: "ada@example.com",
      password: "ada's long password",
    });
    expect(signIn.status).toBe(200);
    const session = await readSession(auth, db, requestHeaders(cookiesOf(signIn)));
    expect(session).toMatchObject({ name: "Ada", isAdmin: false });
  });

  it("says what a link leads to without using it: the email while open, else why not", async () => {
    const issued = new Date("2026-01-01T00:00:00Z");
    const invited = await createInvitation(db, { email: "ada@example.com", createdBy: adminId, validHours: 2 }, issued);
    if (!invited.ok) throw new Error(invited.message);
    expect(await inspectInvitation(db, invited.token, issued)).toMatchObject({ ok: true, email: "ada@example.com" });
    const late = new Date(issued.getTime() + 2 * 3_600_000);
    expect(allInEnglish(await inspectInvitation(db, invited.token, late))).toEqual({ ok: false, message: expect.stringMatching(/expired/) });
    expect(allInEnglish(await inspectInvitation(db, "not a token"))).toEqual({ ok: false, message: expect.stringMatching(/not valid/) });
    await acceptInvitation(db, { token: invited.token, name: "Ada", password: "long password" }, issued);
    expect(allInEnglish(await inspectInvitation(db, invited.token, issued))).toEqual({ ok: false, message: expect.stringMatching(/used already/) });
  });

  it("works once only, even when accepted twice at the same time", async () => {
    const invited = await createInvitation(db, { email: "ada@example.com", createdBy: adminId });
    if (!invited.ok) throw new Error(invited.message);
    const results = await Promise.all([
      acceptInvitation(db, { token: invited.token, name: "Ada", password: "first password" }),
      acceptInvitation(db, { token: invited.token, name: "Eve", password: "second password" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      allInEnglish(await acceptInvitation(db, { token: invited.token, name: "Eve", password: "third password" })),
    ).toEqual({ ok: false, message: expect.stringMatching(/used already/) });
  });

  it("refuses an expired or unknown invitation, and one for an existing person", async () => {
    const issued = new Date("2026-01-01T00:00:00Z");
    const invited = await createInvitation(
      db,
      { email: "ada@example.com", createdBy: adminId, validHours: 2 },
      issued,
    );
    if (!invited.ok) throw new Error(invited.message);
    const late = new Date(issued.getTime() + 2 * 3_600_000 + 1);
    expect(
      allInEnglish(
        await acceptInvitation(
          db,
          { token: invited.token, name: "Ada", password: "long password" },
          late,
        ),
      ),
    ).toEqual({
      ok: false,
      message: expect.stringMatching(/expired/),
    });
    expect(
      allInEnglish(await acceptInvitation(db, { token: "x".repeat(43), name: "Ada", password: "long password" })),
    ).toEqual({
      ok: false,
      message: expect.stringMatching(/not valid/),
    });
    expect(
      allInEnglish(await createInvitation(db, { email: "root@example.com", createdBy: adminId })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { email: "Someone with this email can already sign in." },
    });
  });
});
