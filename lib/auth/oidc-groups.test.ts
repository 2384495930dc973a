import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readUserGroups } from "@/lib/db/access-store";
import type { DatabaseHandle } from "@/lib/db/client";
import { account, user } from "@/lib/db/schema";
import { openTestDatabase } from "@/lib/testing/test-database";

import { groupsFromClaims, recordOidcGroups } from "./oidc-groups";

describe("groupsFromClaims", () => {
  it("reads a list or a single group and ignores anything else", () => {
    expect(groupsFromClaims({ groups: ["ops", "team-shop", "ops"] }, "groups")).toEqual([
      "ops",
      "team-shop",
    ]);
    expect(groupsFromClaims({ roles: "ops" }, "roles")).toEqual(["ops"]);
    expect(groupsFromClaims({ groups: [1, { a: 1 }, ""] }, "groups")).toEqual([]);
    expect(groupsFromClaims({}, "groups")).toEqual([]);
  });
});

const jwt = (claims: object) =>
  ["e30", Buffer.from(JSON.stringify(claims)).toString("base64url"), "sig"].join(".");

describe("recordOidcGroups", { timeout: 60_000 }, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
    await handle.db.insert(user).values({ id: "u1", name: "Ada", email: "ada@example.com" });
  }, 120_000);
  afterAll(() => handle.close(), 60_000);

  it("replaces the stored groups with the claim of the latest sign-in's ID token", async () => {
    const now = new Date();
    await handle.db.insert(account).values({
      id: "a1",
      accountId: "sub-1",
      providerId: "oidc",
      userId: "u1",
      idToken: jwt({ sub: "sub-1", team: ["team-shop", "ops"] }),
      createdAt: now,
      updatedAt: now,
    });
    expect(await recordOidcGroups(handle.db, "u1", "oidc", "team")).toEqual(["team-shop", "ops"]);
    expect(await readUserGroups(handle.db, "u1")).toEqual(["team-shop", "ops"]);

    await handle.db.update(account).set({ idToken: jwt({ sub: "sub-1", team: [] }) });
    await recordOidcGroups(handle.db, "u1", "oidc", "team");
    expect(await readUserGroups(handle.db, "u1")).toEqual([]);
  });
});
