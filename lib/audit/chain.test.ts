import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import { openTestDatabase } from "@/lib/testing/test-database";

import { appendAudit } from "./append";
import { pruneAudit } from "./prune";
import type { AuditEntry } from "./types";
import { verifyAuditChain } from "./verify";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
}, 120_000);
afterAll(() => handle.close(), 60_000);

const entry = (action: string, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  actor: { id: "u1", name: "Ada", kind: "local" },
  action,
  app: { id: "app-1", name: "shop-eu" },
  target: "v1",
  outcome: "ok",
  payload: { name: "v1", env: [{ key: "API_TOKEN", value: "t0ps3cret" }] },
  ...extra,
});

async function resetLog() {
  await db.execute(sql`delete from audit_log`);
  await db.execute(
    sql`update audit_chain set genesis_hash = repeat('0', 64), pruned_through_id = 0, head_id = 0, head_hash = repeat('0', 64)`,
  );
}

describe("the audit chain", { timeout: 60_000 }, () => {
  it("links each row to the one before and verifies", async () => {
    await resetLog();
    const first = await appendAudit(db, entry("version.create"));
    const second = await appendAudit(db, entry("version.create", { outcome: "refused" }));
    expect(first.prevHash).toBe("0".repeat(64));
    expect(second.prevHash).toBe(first.hash);
    expect(second.id).toBe(first.id + 1);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 2, headId: second.id });
  });

  it("stores the payload with secret-looking values masked", async () => {
    await resetLog();
    const row = await appendAudit(db, entry("version.create"));
    expect(JSON.stringify(row.payload)).not.toContain("t0ps3cret");
    const [stored] = await db
      .execute(sql`select payload::text as p from audit_log`)
      .then((r) => (r as unknown as { rows: Array<{ p: string }> }).rows);
    expect(stored?.p).not.toContain("t0ps3cret");
  });

  it("names the first row whose content was altered in the database", async () => {
    await resetLog();
    const rows = [];
    for (const action of ["a", "b", "c", "d"]) rows.push(await appendAudit(db, entry(action)));
    const altered = rows[1]!;
    await db.execute(sql`update audit_log set outcome = 'failed' where id = ${altered.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      brokenRowId: altered.id,
      reason: `row ${altered.id} was changed after it was written`,
    });
  });

  it("notices a payload edit, a removed row and removed last rows", async () => {
    await resetLog();
    const rows = [];
    for (const action of ["a", "b", "c", "d"]) rows.push(await appendAudit(db, entry(action)));
    await db.execute(
      sql`update audit_log set payload = '{"name":"v2"}'::jsonb where id = ${rows[2]!.id}`,
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenRowId: rows[2]!.id });

    await resetLog();
    rows.length = 0;
    for (const action of ["a", "b", "c", "d"]) rows.push(await appendAudit(db, entry(action)));
    await db.execute(sql`delete from audit_log where id = ${rows[1]!.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenRowId: rows[2]!.id });

    await resetLog();
    rows.length = 0;
    for (const action of ["a", "b", "c"]) rows.push(await appendAudit(db, entry(action)));
    await db.execute(sql`delete from audit_log where id = ${rows[2]!.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenRowId: rows[1]!.id });
  });

  it("prunes old rows and the rest still verifies, and tampering after a prune is still found", async () => {
    await resetLog();
    const day = 86_400_000;
    const now = new Date("2026-06-30T12:00:00Z");
    for (let age = 10; age >= 1; age -= 1) {
      await appendAudit(db, entry(`day-${age}`), new Date(now.getTime() - age * day));
    }
    expect(await pruneAudit(db, 4, now)).toEqual({ pruned: 6 });
    const result = await verifyAuditChain(db);
    // 4 kept (ages 4..1) plus the prune's own entry.
    expect(result).toEqual({ ok: true, rows: 5, headId: 11 });
    expect(await pruneAudit(db, 4, now)).toEqual({ pruned: 0 });
    expect(await pruneAudit(db, undefined, now)).toEqual({ pruned: 0 });

    await db.execute(sql`update audit_log set actor_name = 'Eve' where id = 7`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenRowId: 7 });
  });

  it("keeps the chain valid under concurrent appends", async () => {
    await resetLog();
    const written = await Promise.all(
      Array.from({ length: 20 }, (_, i) => appendAudit(db, entry(`parallel-${i}`))),
    );
    expect(new Set(written.map((row) => row.id)).size).toBe(20);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 20, headId: 20 });
  });
});
