import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { upsertGrant, writeUserGroups } from "@/lib/db/access-store";
import type { DatabaseHandle } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { openTestDatabase } from "@/lib/testing/test-database";

import { loadPersonAccess, readDefaultGrant, writeDefaultGrant } from "./person-access";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  await db.insert(user).values([
    { id: "u-ada", name: "Ada", email: "ada@example.com" },
    { id: "u-bob", name: "Bob", email: "bob@example.com" },
    { id: "u-root", name: "Root", email: "root@example.com", role: "admin" },
    { id: "u-gone", name: "Gone", email: "gone@example.com", disabled: true },
  ]);
  await upsertGrant(db, {
    subjectKind: "user",
    subjectId: "u-ada",
    role: "viewer",
    appPattern: "*",
  });
  await upsertGrant(db, {
    subjectKind: "group",
    subjectId: "team-shop",
    role: "submitter",
    appPattern: "shop-*",
  });
  await upsertGrant(db, {
    subjectKind: "user",
    subjectId: "u-gone",
    role: "releaser",
    appPattern: "*",
  });
}, 120_000);
afterAll(() => handle.close(), 60_000);

const shopEu = { id: "app-1", name: "shop-eu" };
const blog = { id: "app-2", name: "blog" };

describe("loadPersonAccess", { timeout: 60_000 }, () => {
  it("resolves user grants and OIDC group grants read fresh from the database", async () => {
    await writeUserGroups(db, "u-ada", ["team-shop"]);
    const access = await loadPersonAccess(db, "u-ada");
    expect(access?.roleOn(shopEu)).toBe("submitter");
    expect(access?.roleOn(blog)).toBe("viewer");

    // Removed from the group at the next sign-in: the next request no longer has its grant.
    await writeUserGroups(db, "u-ada", []);
    expect((await loadPersonAccess(db, "u-ada"))?.roleOn(shopEu)).toBe("viewer");
  });

  it("changes a grant's role in place rather than adding a second one", async () => {
    await upsertGrant(db, {
      subjectKind: "user",
      subjectId: "u-bob",
      role: "viewer",
      appPattern: "blog",
    });
    await upsertGrant(db, {
      subjectKind: "user",
      subjectId: "u-bob",
      role: "releaser",
      appPattern: "blog",
    });
    const access = await loadPersonAccess(db, "u-bob");
    expect(access?.grants).toHaveLength(1);
    expect(access?.roleOn(blog)).toBe("releaser");
    expect(access?.roleOn(shopEu)).toBeNull();
  });

  it("applies the default grant setting, and none when it is unreadable", async () => {
    expect(await readDefaultGrant(db)).toBeNull();
    await writeDefaultGrant(db, { role: "viewer", appPattern: "shop-*" }, "u-root");
    expect((await loadPersonAccess(db, "u-bob"))?.roleOn(shopEu)).toBe("viewer");
    await db.execute(
      sql`update setting set value = '{"role":"owner","appPattern":"*"}'::jsonb where key = 'access.defaultGrant'`,
    );
    expect(await readDefaultGrant(db)).toBeNull();
    await writeDefaultGrant(db, null, "u-root");
    expect((await loadPersonAccess(db, "u-bob"))?.roleOn(shopEu)).toBeNull();
  });

  it("makes the admin a releaser everywhere and gives a disabled or unknown user nothing", async () => {
    expect((await loadPersonAccess(db, "u-root"))?.roleOn(blog)).toBe("releaser");
    expect(await loadPersonAccess(db, "u-gone")).toBeNull();
    expect(await loadPersonAccess(db, "u-nobody")).toBeNull();
  });
});
