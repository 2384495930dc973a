import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import { addPerson, createGuardHarness } from "@/lib/testing/guard-harness";
import { openTestDatabase } from "@/lib/testing/test-database";

let handle: DatabaseHandle;
let db: Db;
let harness: ReturnType<typeof createGuardHarness>;

const ada = { id: "u-ada", name: "Ada" };
const root = { id: "u-root", name: "Root", isAdmin: true };

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  harness = createGuardHarness(db);
  await addPerson(db, ada);
  await addPerson(db, root);
}, 120_000);
afterAll(() => handle.close(), 60_000);
beforeEach(async () => {
  await db.execute(sql`delete from audit_log`);
  await db.execute(sql`update audit_chain set head_id = 0, head_hash = repeat('0', 64)`);
});

const context = { params: Promise.resolve({}) };
const request = () => new Request("http://localhost/api/audit/export?format=csv");

describe("withActorRoute and withAdminRoute", { timeout: 60_000 }, () => {
  it("lets any signed-in person through withActorRoute, and audits the outcome when asked", async () => {
    const seen: string[] = [];
    const route = harness.routes.withActorRoute(
      "audit.export",
      async (_request, actor) => {
        seen.push(actor.session.name);
        return new Response("ok");
      },
      { audit: "all" },
    );
    harness.signIn(ada);
    expect((await route(request(), context)).status).toBe(200);
    expect(seen).toEqual(["Ada"]);
    const [row] = await harness.auditRows();
    expect(row).toMatchObject({ action: "audit.export", actorName: "Ada", outcome: "ok" });
  });

  it("answers 401 JSON to nobody, audited, without running the handler", async () => {
    let ran = false;
    const route = harness.routes.withActorRoute("audit.export", async () => {
      ran = true;
      return new Response("ok");
    });
    harness.signIn(null);
    const response = await route(request(), context);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "NotSignedIn" } });
    expect(ran).toBe(false);
    expect(await harness.auditRows()).toMatchObject([{ action: "audit.export", outcome: "refused", esaCode: "NotSignedIn" }]);
  });

  it("still keeps withAdminRoute to administrators", async () => {
    const route = harness.routes.withAdminRoute("admin.read", async () => new Response("ok"));
    harness.signIn(ada);
    expect((await route(request(), context)).status).toBe(403);
    harness.signIn(root);
    expect((await route(request(), context)).status).toBe(200);
    expect(await harness.auditRows()).toMatchObject([{ action: "admin.read", outcome: "refused", esaCode: "Forbidden" }]);
  });
});
