import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import { inEnglish } from "@/lib/testing/i18n";
import { openTestDatabase } from "@/lib/testing/test-database";

import { appendAudit } from "./append";
import { parseAuditFilter } from "./filter-state";
import { auditActionsIn, auditEntriesForExport, auditScopeFor, findAuditEntries, findAuditEntry } from "./query";
import type { AuditEntry } from "./types";

let handle: DatabaseHandle;
let db: Db;

const ada = { id: "u-ada", name: "Ada Lovelace", kind: "local" } as const;
const bob = { id: "u-bob", name: "Bob 100%_sure", kind: "oidc" } as const;
const shop = { id: "app-shop", name: "shop-eu" };
const blog = { id: "app-blog", name: "blog" };
const t = (iso: string) => new Date(iso);

async function add(entry: Partial<AuditEntry> & { action: string }, time: string) {
  return appendAudit(db, { actor: ada, outcome: "ok", ...entry }, t(time));
}

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  await db.execute(sql`delete from audit_log`);
  await add({ action: "version.create", app: shop, target: "v1" }, "2026-12-01T08:00:00Z");
  await add({ action: "version.create", app: blog, target: "v1", outcome: "failed", esaCode: "InvalidParameter" }, "2026-12-01T09:00:00Z");
  await add({ action: "version.validate", app: shop, actor: bob, outcome: "refused" }, "2026-12-01T10:00:00Z");
  await add({ action: "user.disable", target: "Bob" }, "2026-12-01T11:00:00Z");
  await add({ action: "user.enable", target: "Bob" }, "2026-12-02T11:00:00Z");
}, 120_000);
afterAll(() => handle.close(), 60_000);

const all = { kind: "all" } as const;
const query = (params: Record<string, string>) => parseAuditFilter(params);
const actions = async (scope: Parameters<typeof findAuditEntries>[1], params: Record<string, string> = {}) =>
  (await findAuditEntries(db, scope, query(params))).rows.map((row) => `${row.action}@${row.appName ?? "-"}`);

describe("audit queries", { timeout: 60_000 }, () => {
  it("lists every entry, newest first, for an administrator", async () => {
    expect(await actions(all)).toEqual([
      "user.enable@-",
      "user.disable@-",
      "version.validate@shop-eu",
      "version.create@blog",
      "version.create@shop-eu",
    ]);
  });

  it("filters by actor name part or id, app id or name part, action or action prefix, outcome", async () => {
    expect(await actions(all, { actor: "bob" })).toEqual(["version.validate@shop-eu"]);
    expect(await actions(all, { actor: "u-bob" })).toEqual(["version.validate@shop-eu"]);
    // LIKE wildcards typed by a person are literal text.
    expect(await actions(all, { actor: "100%_" })).toEqual(["version.validate@shop-eu"]);
    expect(await actions(all, { actor: "%" })).toEqual(["version.validate@shop-eu"]);
    expect(await actions(all, { app: "app-blog" })).toEqual(["version.create@blog"]);
    expect(await actions(all, { app: "SHOP" })).toEqual(["version.validate@shop-eu", "version.create@shop-eu"]);
    expect(await actions(all, { action: "user." })).toEqual(["user.enable@-", "user.disable@-"]);
    expect(await actions(all, { action: "version.create" })).toEqual(["version.create@blog", "version.create@shop-eu"]);
    expect(await actions(all, { outcome: "refused" })).toEqual(["version.validate@shop-eu"]);
  });

  it("filters by a UTC time range: from inclusive, before exclusive", async () => {
    expect(await actions(all, { from: "2026-12-01T09:00", before: "2026-12-01T11:00" })).toEqual([
      "version.validate@shop-eu",
      "version.create@blog",
    ]);
    expect(await actions(all, { from: "2026-12-02" })).toEqual(["user.enable@-"]);
  });

  it("ignores a filter value with a problem instead of applying half of it", async () => {
    const parsed = query({ from: "yesterday", outcome: "ok" });
    expect(inEnglish(parsed.errors.from ?? "")).toMatch(/UTC date/);
    const page = await findAuditEntries(db, all, parsed);
    expect(page.total).toBe(3);
  });

  it("pages through the matching entries and counts them all", async () => {
    const first = await findAuditEntries(db, all, query({ size: "25" }));
    expect(first.total).toBe(5);
    for (let i = 0; i < 30; i += 1) await add({ action: "grant.add", target: `g${i}` }, "2026-12-03T00:00:00Z");
    const second = await findAuditEntries(db, all, query({ action: "grant.add", page: "2", size: "25" }));
    expect(second.total).toBe(30);
    expect(second.rows.map((row) => row.target)).toEqual(["g4", "g3", "g2", "g1", "g0"]);
    await db.execute(sql`delete from audit_log where action = 'grant.add'`);
  });

  it("shows a non-administrator only entries about apps they may view, and no entry without an app", async () => {
    const viewer = {
      person: { userId: "u-bob", groups: [], isAdmin: false },
      roleOn: (app: { id: string }) => (app.id === shop.id ? ("viewer" as const) : null),
    };
    const scope = await auditScopeFor(viewer, async () => [shop, blog]);
    expect(scope).toEqual({ kind: "apps", appIds: [shop.id] });
    expect(await actions(scope)).toEqual(["version.validate@shop-eu", "version.create@shop-eu"]);
    expect(await actions(scope, { app: "blog" })).toEqual([]);
    expect(await auditActionsIn(db, scope)).toEqual(["version.create", "version.validate"]);
    const blogRow = (await findAuditEntries(db, all, query({ app: "blog" }))).rows[0]!;
    expect(await findAuditEntry(db, scope, blogRow.id)).toBeUndefined();
    expect((await findAuditEntry(db, all, blogRow.id))?.esaCode).toBe("InvalidParameter");
    const nobody = await auditScopeFor({ ...viewer, roleOn: () => null }, async () => [shop, blog]);
    expect(await actions(nobody)).toEqual([]);
    const admin = await auditScopeFor({ ...viewer, person: { ...viewer.person, isAdmin: true } }, () => {
      throw new Error("an administrator's scope needs no app list");
    });
    expect(admin).toEqual({ kind: "all" });
  });

  it("exports the whole filtered set in batches, newest first", async () => {
    for (let i = 0; i < 1005; i += 1) await add({ action: "bulk.row", target: `b${i}` }, "2026-12-04T00:00:00Z");
    const batches: number[] = [];
    const targets: string[] = [];
    for await (const batch of auditEntriesForExport(db, all, query({ action: "bulk.row", page: "3" }))) {
      batches.push(batch.length);
      targets.push(...batch.map((row) => row.target ?? ""));
    }
    expect(batches).toEqual([1000, 5]);
    expect(targets[0]).toBe("b1004");
    expect(targets.at(-1)).toBe("b0");
    expect(new Set(targets).size).toBe(1005);
  });
});
