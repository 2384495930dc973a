import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import { openTestDatabase } from "@/lib/testing/test-database";

import { appendAudit } from "./append";
import { versionProvenance } from "./version-provenance";

let handle: DatabaseHandle;
let db: Db;

const ada = { id: "u-ada", name: "Ada", kind: "local" as const };
const bob = { id: "u-bob", name: "Bob", kind: "oidc" as const };
const app = { id: "app-shop", name: "shop-eu" };

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  const at = (iso: string) => new Date(iso);
  // A failed attempt, a dry run and a refusal know nothing about who created the version.
  await appendAudit(
    db,
    { actor: bob, action: "version.create", app, target: "v-one", outcome: "failed" },
    at("2026-12-01T09:00:00Z"),
  );
  await appendAudit(
    db,
    { actor: bob, action: "version.validate", app, target: "v-one", outcome: "ok" },
    at("2026-12-01T09:30:00Z"),
  );
  await appendAudit(
    db,
    { actor: ada, action: "version.create", app, target: "v-one", outcome: "ok" },
    at("2026-12-01T10:00:00Z"),
  );
  // The same name in another app is another version.
  await appendAudit(
    db,
    {
      actor: bob,
      action: "version.create",
      app: { id: "app-blog" },
      target: "v-two",
      outcome: "ok",
    },
    at("2026-12-01T11:00:00Z"),
  );
}, 120_000);
afterAll(() => handle.close(), 60_000);

describe("versionProvenance", { timeout: 60_000 }, () => {
  it("names the person whose create succeeded, and when", async () => {
    expect(await versionProvenance(db, "app-shop", { name: "v-one", versionId: "ver-1" })).toEqual({
      createdBy: "Ada",
      at: "2026-12-01T10:00:00.000Z",
    });
  });

  it("knows nothing of versions created elsewhere or in another app", async () => {
    expect(
      await versionProvenance(db, "app-shop", { name: "v-two", versionId: "ver-2" }),
    ).toBeNull();
    expect(
      await versionProvenance(db, "app-shop", { name: "v-three", versionId: "ver-3" }),
    ).toBeNull();
  });
});
