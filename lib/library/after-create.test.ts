import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import { addPerson, createGuardHarness, grantRole, TEST_APPS } from "@/lib/testing/guard-harness";
import { openTestDatabase } from "@/lib/testing/test-database";
import { emptyContainer, emptyVersionForm } from "@/lib/version/defaults";

import { afterVersionCreated, readCreateLibraryInput } from "./after-create";
import { listMyDrafts, saveServerDraft } from "./drafts";
import { createTemplateChanges } from "./template-changes";
import { versionOrigins } from "./version-origin";

// A create from the editor: the templates it names are read (for the audit row) and, once
// created, recorded against the version; the draft of that start goes.

let handle: DatabaseHandle;
let db: Db;
let harness: ReturnType<typeof createGuardHarness>;
const apps = Object.entries(TEST_APPS).map(([id, name]) => ({ id, name }));
const ada = { id: "u-ada", name: "Ada" };
const bob = { id: "u-bob", name: "Bob" };

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  harness = createGuardHarness(db);
}, 120_000);
afterAll(() => handle.close(), 60_000);

beforeEach(async () => {
  await db.execute(sql`truncate "user", "grant", audit_log, template, version_template, server_draft cascade`);
  await addPerson(db, ada);
  await addPerson(db, bob);
  await grantRole(db, ada.id, "submitter", "shop-*");
  await grantRole(db, bob.id, "submitter", "shop-*");
});

async function template(person: typeof ada, scope: string) {
  harness.signIn(person);
  const changes = createTemplateChanges(harness.guard.withActorAction, async () => db, async () => apps);
  const saved = await changes.create({
    name: `${scope} web`,
    scope,
    appPattern: scope === "app-pattern" ? "shop-*" : null,
    kind: "container",
    containers: [{ ...emptyContainer("web"), image: "nginx:1.25", probe: { ...emptyContainer().probe, tcpSocket: { port: "80" } } }],
  });
  if (!saved.ok || !("template" in saved)) throw new Error(saved.ok ? "?" : saved.message);
  return saved.template;
}

describe("after a create", { timeout: 60_000 }, () => {
  it("records the templates the person may use there, and removes the draft of that start", async () => {
    const team = await template(ada, "app-pattern");
    const adaPersonal = await template(ada, "personal");
    harness.signIn(bob);
    await saveServerDraft(db, bob.id, "app-shop-eu", {
      appId: "app-shop-eu",
      base: null,
      copy: 0,
      values: emptyVersionForm("app-shop-eu"),
      expectedRevision: null,
    });
    const input = await readCreateLibraryInput(db, {
      templates: [
        { id: team.id, revision: 1 },
        { id: adaPersonal.id, revision: 1 }, // not Bob's to use: not recorded
        { id: "no-such-template", revision: 1 },
      ],
      draftCopy: 0,
    });
    expect(input.templates.map((t) => t.name)).toEqual(["app-pattern web", "personal web"]);

    const access = await harness.guard.resolveAppAccess(db, harness.state.headers, {
      action: "version.create",
      appId: "app-shop-eu",
      needs: "submitter",
      purpose: "create",
    });
    if (access.kind !== "ok") throw new Error(access.kind);
    await afterVersionCreated(db, access.actor, { versionId: "ver-9", name: "v9-from-template" }, null, input);

    expect(await versionOrigins(db, "app-shop-eu", "ver-9")).toEqual([{ id: team.id, revision: 1, name: "app-pattern web" }]);
    expect(await listMyDrafts(db, bob.id)).toEqual([]);
  });

  it("ignores malformed library details: the create never depends on them", async () => {
    expect(await readCreateLibraryInput(db, { templates: "x", draftCopy: -3 })).toEqual({ templates: [], draftCopy: 0 });
    expect(await readCreateLibraryInput(db, undefined)).toEqual({ templates: [], draftCopy: 0 });
  });
});
