import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { deleteGrant, listAllGrants } from "@/lib/db/access-store";
import type { DatabaseHandle } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { addPerson, createGuardHarness, grantRole, type Person } from "@/lib/testing/guard-harness";
import { allInEnglish, inEnglish } from "@/lib/testing/i18n";
import { openTestDatabase } from "@/lib/testing/test-database";

let handle: DatabaseHandle;
let db: Db;
let h: ReturnType<typeof createGuardHarness>;

const admin: Person = { id: "u-admin", name: "Root", isAdmin: true };
const sub: Person = { id: "u-sub", name: "Sam Submitter" };
const viewer: Person = { id: "u-view", name: "Vera Viewer" };
const nobody: Person = { id: "u-none", name: "No Grants" };
const gone: Person = { id: "u-gone", name: "Gone", disabled: true };

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  for (const person of [admin, sub, viewer, nobody, gone]) await addPerson(db, person);
  await grantRole(db, sub.id, "submitter", "shop-*");
  await grantRole(db, sub.id, "viewer", "*");
  await grantRole(db, viewer.id, "viewer", "*");
  await grantRole(db, gone.id, "releaser", "*");
}, 120_000);
afterAll(() => handle.close(), 60_000);

beforeEach(async () => {
  await db.delete(auditLog);
  h = createGuardHarness(db);
});

const create = (appId: unknown, payload: unknown = { appId, name: "v1" }) => {
  let ran = false;
  const result = h.guard.withAppAction(
    {
      action: "version.create",
      appId,
      needs: "submitter",
      purpose: "create",
      target: "v1",
      payload,
    },
    async (actor) => {
      ran = true;
      return { ok: true as const, who: actor.session.userId, role: actor.role, app: actor.app };
    },
  );
  return { result, ran: () => ran };
};

describe("withAppAction", { timeout: 60_000 }, () => {
  it("runs the handler for a submitter on a matching app and audits the outcome", async () => {
    h.signIn(sub);
    const call = create("app-shop-eu", {
      appId: "app-shop-eu",
      env: [{ key: "API_TOKEN", value: "s3cr3t" }],
    });
    expect(await call.result).toEqual({
      ok: true,
      who: "u-sub",
      role: "submitter",
      app: { id: "app-shop-eu", name: "shop-eu" },
    });
    const [row] = await h.auditRows();
    expect(row).toMatchObject({
      actorId: "u-sub",
      actorName: "Sam Submitter",
      actorKind: "local",
      action: "version.create",
      appId: "app-shop-eu",
      appName: "shop-eu",
      target: "v1",
      outcome: "ok",
      clientAddress: "198.51.100.4",
      userAgent: "vitest",
    });
    expect(JSON.stringify(row?.payload)).not.toContain("s3cr3t");
  });

  it("refuses a submitter elsewhere with the role needed, audited, without running the handler", async () => {
    h.signIn(sub);
    const call = create("app-blog");
    const result = await call.result;
    expect(result).toMatchObject({ ok: false, code: "Forbidden", httpStatus: 403 });
    expect(result.ok ? "" : inEnglish(result.message)).toBe(
      "You have viewer access to blog; creating versions needs submitter. Ask an administrator for a grant.",
    );
    expect(call.ran()).toBe(false);
    expect(await h.auditRows()).toMatchObject([
      {
        actorId: "u-sub",
        appId: "app-blog",
        appName: "blog",
        outcome: "refused",
        esaCode: "Forbidden",
      },
    ]);
  });

  it("refuses a viewer naming their role, and refuses without asking ESA anyone without grants", async () => {
    h.signIn(viewer);
    const refused = await create("app-shop-eu").result;
    expect(refused).toMatchObject({ ok: false, code: "Forbidden" });
    expect(refused.ok ? "" : inEnglish(refused.message)).toContain("You have viewer access to shop-eu;");
    expect(h.state.appReads).toBe(1);
    h.signIn(nobody);
    const result = await create("app-shop-eu").result;
    expect(result.ok ? "" : inEnglish(result.message)).toContain("You have no access to app-shop-eu");
    expect(h.state.appReads).toBe(1);
    expect((await h.auditRows()).map((r) => [r.actorId, r.outcome])).toEqual([
      ["u-view", "refused"],
      ["u-none", "refused"],
    ]);
  });

  it("answers 401 for no session or a disabled account, audited as anonymous", async () => {
    h.signIn(null);
    expect(await create("app-shop-eu").result).toMatchObject({
      ok: false,
      code: "NotSignedIn",
      httpStatus: 401,
    });
    h.signIn(gone);
    expect(await create("app-shop-eu").result).toMatchObject({ ok: false, code: "NotSignedIn" });
    expect((await h.auditRows()).map((r) => [r.actorKind, r.outcome, r.appId])).toEqual([
      ["anonymous", "refused", "app-shop-eu"],
      ["anonymous", "refused", "app-shop-eu"],
    ]);
  });

  it("re-reads grants on every call: a removed grant refuses the next request", async () => {
    await grantRole(db, nobody.id, "submitter", "app-blog");
    h.signIn(nobody);
    expect((await create("app-blog").result).ok).toBe(true);
    const grant = (await listAllGrants(db)).find((g) => g.subjectId === nobody.id);
    await deleteGrant(db, grant!.id);
    expect(await create("app-blog").result).toMatchObject({ ok: false, code: "Forbidden" });
  });

  it("lets the admin act on any app", async () => {
    h.signIn(admin);
    expect(await create("app-blog").result).toMatchObject({ ok: true, role: "releaser" });
  });

  it("puts an unknown or malformed AppId on the appId field and audits the failed attempt", async () => {
    h.signIn(sub);
    expect(await create("app-nope").result).toMatchObject({
      ok: false,
      code: "InvalidApp.NotFound",
      fieldErrors: [{ path: "appId" }],
    });
    expect(await create({ evil: true }).result).toMatchObject({
      ok: false,
      fieldErrors: [{ path: "appId" }],
    });
    expect((await h.auditRows()).map((r) => [r.outcome, r.appId])).toEqual([
      ["failed", "app-nope"],
      ["failed", null],
    ]);
  });

  it("lets the admin on to an app ESA does not know, so ESA's own answer tells them", async () => {
    h.signIn(admin);
    expect(await create("app-nope").result).toMatchObject({
      ok: true,
      app: { id: "app-nope", name: "app-nope" },
    });
  });

  it("without ESA, still decides by AppId or * grants and says so otherwise", async () => {
    h.state.esaDown = true;
    h.signIn(admin);
    expect(await create("app-blog").result).toMatchObject({ ok: true });
    h.signIn(sub);
    expect(await create("app-shop-eu").result).toMatchObject({ ok: false, code: "ECONNREFUSED" });
  });

  it("records failed and unknown outcomes with ESA's code and RequestId", async () => {
    h.signIn(sub);
    const run = (result: {
      ok: false;
      message: string;
      code: string;
      requestId: string;
      outcomeUnknown?: boolean;
    }) =>
      h.guard.withAppAction(
        { action: "version.create", appId: "app-shop-us", needs: "submitter" },
        async () => result,
      );
    await run({ ok: false, message: "taken", code: "NameAlreadyExists", requestId: "R-1" });
    await run({
      ok: false,
      message: "lost",
      code: "Timeout",
      requestId: "R-2",
      outcomeUnknown: true,
    });
    expect((await h.auditRows()).map((r) => [r.outcome, r.esaCode, r.requestId])).toEqual([
      ["failed", "NameAlreadyExists", "R-1"],
      ["unknown", "Timeout", "R-2"],
    ]);
  });

  it("turns a thrown handler into a failure without a stack, audited as failed", async () => {
    h.signIn(sub);
    const result = await h.guard.withAppAction(
      { action: "version.create", appId: "app-shop-us", needs: "submitter" },
      async (): Promise<{ ok: true }> => {
        throw new Error("boom at /secret/path.ts:12");
      },
    );
    expect(result).toMatchObject({ ok: false, code: "UnexpectedError" });
    expect(JSON.stringify(result)).not.toMatch(/boom|path\.ts/);
    expect(await h.auditRows()).toMatchObject([{ outcome: "failed", esaCode: "UnexpectedError" }]);
  });
});

describe("withAdminAction", { timeout: 60_000 }, () => {
  it("runs for admins only and audits both", async () => {
    h.signIn(sub);
    const handler = async () => ({ ok: true as const });
    expect(
      allInEnglish(await h.guard.withAdminAction({ action: "grant.create", target: "g1" }, handler)),
    ).toMatchObject({
      ok: false,
      code: "Forbidden",
      message: "This needs an administrator. Ask one to do it for you.",
    });
    h.signIn(admin);
    expect(
      await h.guard.withAdminAction({ action: "grant.create", target: "g1" }, handler),
    ).toEqual({ ok: true });
    expect((await h.auditRows()).map((r) => [r.actorId, r.outcome])).toEqual([
      ["u-sub", "refused"],
      ["u-admin", "ok"],
    ]);
  });
});

describe("withAppRoute", { timeout: 60_000 }, () => {
  const route = () =>
    h.routes.withAppRoute<{ appId: string }>("viewer", "version.read", async (_req, actor) =>
      Response.json({ app: actor.app.name }),
    );
  const call = (appId: string, person: Person | null) => {
    h.signIn(person);
    return route()(new Request("http://localhost/api"), { params: Promise.resolve({ appId }) });
  };

  it("answers 401 and 403 JSON, audited, and runs for a viewer without auditing the read", async () => {
    const anonymous = await call("app-blog", null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "NotSignedIn" } });
    const refused = await call("app-blog", nobody);
    expect(refused.status).toBe(403);
    expect(allInEnglish(await refused.json())).toMatchObject({
      error: {
        code: "Forbidden",
        message: expect.stringContaining("viewing this app needs viewer"),
      },
    });
    const ok = await call("app-blog", viewer);
    expect(await ok.json()).toEqual({ app: "blog" });
    expect((await h.auditRows()).map((r) => r.outcome)).toEqual(["refused", "refused"]);
  });

  it("answers 400 for a malformed AppId and 404 for an unknown one", async () => {
    expect((await call("bad id!", viewer)).status).toBe(400);
    // A role by name pattern cannot hold on an app ESA does not know.
    await grantRole(db, nobody.id, "viewer", "bl*");
    expect((await call("app-blog", nobody)).status).toBe(200);
    expect((await call("app-nope", nobody)).status).toBe(404);
  });
});
