import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { DatabaseHandle } from "@/lib/db/client";
import { listTemplateRevisions, listTemplateRows } from "@/lib/db/template-store";
import type { Db } from "@/lib/db/types";
import { addPerson, createGuardHarness, grantRole, TEST_APPS } from "@/lib/testing/guard-harness";
import { allInEnglish, inEnglish, inLocale } from "@/lib/testing/i18n";
import { openTestDatabase } from "@/lib/testing/test-database";
import { emptyContainer } from "@/lib/version/defaults";
import type { ContainerForm } from "@/lib/version/schema";

import { libraryContext, createTemplateChanges } from "./template-changes";
import { exportTemplatesJson } from "./template-export";
import { listVisibleTemplates, templatesForApp } from "./templates";

// The team library's templates through the real guard on PGlite (or PostgreSQL with
// TEST_DATABASE_URL): scopes, secret stripping, revisions, import/export and the audit rows.

let handle: DatabaseHandle;
let db: Db;
let harness: ReturnType<typeof createGuardHarness>;
let changes: ReturnType<typeof createTemplateChanges>;

const apps = Object.entries(TEST_APPS).map(([id, name]) => ({ id, name }));
const root = { id: "u-root", name: "Root", isAdmin: true };
const ada = { id: "u-ada", name: "Ada" };
const bob = { id: "u-bob", name: "Bob" };
const vic = { id: "u-vic", name: "Vic" };

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  harness = createGuardHarness(db);
  changes = createTemplateChanges(
    harness.guard.withActorAction,
    async () => db,
    async () => apps,
  );
}, 120_000);
afterAll(() => handle.close(), 60_000);

beforeEach(async () => {
  await db.execute(
    sql`truncate "user", session, account, "grant", setting, audit_log, template cascade`,
  );
  await db.execute(
    sql`update audit_chain set head_id = 0, head_hash = repeat('0', 64), genesis_hash = repeat('0', 64), pruned_through_id = 0`,
  );
  for (const person of [root, ada, bob, vic]) await addPerson(db, person);
  await grantRole(db, ada.id, "submitter", "shop-*");
  await grantRole(db, bob.id, "submitter", "shop-eu");
  await grantRole(db, vic.id, "viewer", "*");
});

function web(): ContainerForm {
  return {
    ...emptyContainer("web"),
    image: "nginx:1.25",
    env: [
      { key: "LOG_LEVEL", value: "info" },
      { key: "DB_PASSWORD", value: "hunter2" },
    ],
    probeType: "httpGet",
    probe: {
      ...emptyContainer().probe,
      httpGet: {
        path: "/healthz",
        port: "8080",
        host: "",
        scheme: "http",
        headers: [{ name: "Authorization", value: "Bearer abc" }],
      },
    },
  };
}

const teamTemplate = (over: Record<string, unknown> = {}) => ({
  name: "Web service",
  description: "nginx with a probe",
  scope: "app-pattern",
  appPattern: "shop-*",
  kind: "container",
  containers: [web()],
  ...over,
});

async function asPerson(person: typeof ada) {
  harness.signIn(person);
  const resolved = await harness.guard.resolveActor(db, harness.state.headers);
  if (resolved.kind !== "ok") throw new Error("not signed in");
  return libraryContext(resolved.actor, db, async () => apps);
}

describe("templates", { timeout: 60_000 }, () => {
  it("keeps secret-looking values as names with empty values and says which", async () => {
    harness.signIn(ada);
    const saved = await changes.create(teamTemplate());
    if (!saved.ok || !("template" in saved))
      throw new Error(saved.ok ? "no template" : saved.message);
    const [container] = saved.template.containers;
    expect(container?.env).toEqual([
      { key: "LOG_LEVEL", value: "info" },
      { key: "DB_PASSWORD", value: "" },
    ]);
    expect(container?.probe.httpGet.headers).toEqual([{ name: "Authorization", value: "" }]);
    const notice = inEnglish(saved.secretsNotice ?? "");
    expect(notice).toContain("kept by name with an empty value: web: DB_PASSWORD");
    expect(notice).toContain("web: probe header Authorization");
    // Nothing of the secret reached the database.
    const stored =
      JSON.stringify(await listTemplateRows(db)) + JSON.stringify(await harness.auditRows());
    expect(stored).not.toContain("hunter2");
    expect(stored).not.toContain("Bearer abc");
  });

  it("shows app-pattern templates to submitters on a matching app only, in lists and in the editor", async () => {
    harness.signIn(ada);
    await changes.create(teamTemplate());
    await changes.create(teamTemplate({ name: "Mine", scope: "personal", appPattern: null }));

    const names = async (person: typeof ada) =>
      (await listVisibleTemplates(await asPerson(person))).map((t) => t.name).sort();
    expect(await names(ada)).toEqual(["Mine", "Web service"]);
    expect(await names(bob)).toEqual(["Web service"]); // submitter on shop-eu, which shop-* matches
    expect(await names(vic)).toEqual([]); // a viewer is not one of the team
    expect(await names(root)).toEqual(["Mine", "Web service"]);

    const bobCtx = await asPerson(bob);
    expect(
      (await templatesForApp(bobCtx, { id: "app-shop-eu", name: "shop-eu" })).map((t) => t.name),
    ).toEqual(["Web service"]);
    expect(await templatesForApp(bobCtx, { id: "app-blog", name: "blog" })).toEqual([]);
    // An administrator's editor offers what matches the app, not every template there is.
    const rootCtx = await asPerson(root);
    expect(await templatesForApp(rootCtx, { id: "app-blog", name: "blog" })).toEqual([]);
  });

  it("refuses scopes the person may not use, with the reason, and audits the refusal", async () => {
    harness.signIn(vic);
    const team = await changes.create(teamTemplate());
    expect(team).toMatchObject({ ok: false, code: "Forbidden" });
    expect(!team.ok && inEnglish(team.message)).toContain("submitter on an app it matches");
    expect(!team.ok && inLocale("zh-CN", team.message)).toBe(
      "shop-* 的模板供在匹配应用上拥有 submitter 角色的人使用；你没有这样的角色。",
    );
    harness.signIn(ada);
    const everyone = await changes.create(teamTemplate({ scope: "everyone", appPattern: null }));
    expect(everyone).toMatchObject({ ok: false, code: "Forbidden" });
    harness.signIn(root);
    expect(
      await changes.create(teamTemplate({ scope: "everyone", appPattern: null })),
    ).toMatchObject({ ok: true });
    const rows = (await harness.auditRows()).map((r) => [
      r.action,
      r.actorName,
      r.outcome,
      r.target,
    ]);
    expect(rows).toEqual([
      ["template.create", "Vic", "refused", "Web service"],
      ["template.create", "Ada", "refused", "Web service"],
      ["template.create", "Root", "ok", "Web service"],
    ]);
  });

  it("refuses and audits a change from someone not signed in", async () => {
    harness.signIn(null);
    expect(await changes.create(teamTemplate())).toMatchObject({ ok: false, code: "NotSignedIn", httpStatus: 401 });
    const [row] = await harness.auditRows();
    expect([row?.action, row?.outcome, row?.esaCode, row?.actorKind]).toEqual(["template.create", "refused", "NotSignedIn", "anonymous"]);
    expect(await listTemplateRows(db)).toEqual([]);
  });

  it("says what is wrong with an invalid template, field by field", async () => {
    harness.signIn(ada);
    const result = await changes.create(
      teamTemplate({ name: "", appPattern: "shop eu", containers: [{ ...web(), spec: "9C9G" }] }),
    );
    expect(result).toMatchObject({ ok: false, code: "ValidationFailed" });
    const errors = !result.ok ? result.fieldErrors?.map((e) => e.path) : [];
    expect(errors).toEqual(expect.arrayContaining(["name", "appPattern", "containers.0.spec"]));
  });

  it("keeps every revision on edit, shows them and restores one as a new revision", async () => {
    harness.signIn(ada);
    const created = await changes.create(teamTemplate());
    if (!created.ok || !("template" in created)) throw new Error("not created");
    const id = created.template.id;
    harness.signIn(bob); // a teammate may edit a team template
    const edited = await changes.update(id, teamTemplate({ description: "v2" }), 1);
    expect(edited).toMatchObject({ ok: true, template: { revision: 2, description: "v2" } });
    // A save that started from revision 1 again is stale: nothing is overwritten.
    const stale = await changes.update(id, teamTemplate({ description: "lost?" }), 1);
    expect(stale).toMatchObject({ ok: false, code: "Conflict" });

    const restored = await changes.restore(id, 1);
    expect(restored).toMatchObject({
      ok: true,
      template: { revision: 3, description: "nginx with a probe" },
    });
    const history = await listTemplateRevisions(db, id);
    expect(history.map((r) => [r.revision, r.description, r.note, r.savedByName])).toEqual([
      [3, "nginx with a probe", "restored revision 1", "Bob"],
      [2, "v2", "edited", "Bob"],
      [1, "nginx with a probe", "created", "Ada"],
    ]);
    // Only the owner (or an admin) deletes a team template.
    expect(await changes.remove(id)).toMatchObject({ ok: false, code: "Forbidden" });
    harness.signIn(ada);
    expect(await changes.remove(id)).toMatchObject({ ok: true });
    const actions = (await harness.auditRows()).map((r) => `${r.action}:${r.outcome}:${r.target}`);
    expect(actions).toEqual([
      "template.create:ok:Web service",
      "template.update:ok:Web service",
      "template.update:failed:Web service",
      "template.restore:ok:Web service",
      "template.delete:refused:Web service",
      "template.delete:ok:Web service",
    ]);
  });

  it("hides a personal template from others, who cannot even duplicate it", async () => {
    harness.signIn(ada);
    const mine = await changes.create(teamTemplate({ scope: "personal", appPattern: null }));
    if (!mine.ok || !("template" in mine)) throw new Error("not created");
    harness.signIn(bob);
    expect(await changes.duplicate(mine.template.id)).toMatchObject({
      ok: false,
      code: "NotFound",
    });
    expect(await changes.update(mine.template.id, teamTemplate())).toMatchObject({
      ok: false,
      code: "NotFound",
    });
    harness.signIn(ada);
    const copy = await changes.duplicate(mine.template.id);
    expect(copy).toMatchObject({
      ok: true,
      template: { name: "Web service (copy)", scope: "personal" },
    });
  });

  it("exports and imports templates; a bad file imports nothing and names each problem", async () => {
    harness.signIn(ada);
    const created = await changes.create(teamTemplate());
    if (!created.ok || !("template" in created)) throw new Error("not created");
    const file = exportTemplatesJson([created.template]);
    expect(file).not.toContain("owner");

    const bad = JSON.parse(file) as { templates: Record<string, unknown>[] };
    bad.templates.push({
      ...bad.templates[0],
      name: "Broken",
      containers: [{ ...web(), storage: "1T" }],
    });
    const refused = await changes.importFile(JSON.stringify(bad));
    expect(refused).toMatchObject({ ok: false, code: "ValidationFailed" });
    const problems = !refused.ok && "problems" in refused ? refused.problems : [];
    expect(problems).toEqual([
      expect.objectContaining({ where: 'templates[1] ("Broken") containers[0].storage' }),
    ]);
    expect(allInEnglish(await changes.importFile("{ not json"))).toMatchObject({
      ok: false,
      problems: [
        expect.objectContaining({
          where: "file",
          message: expect.stringContaining("not valid JSON"),
        }),
      ],
    });
    expect((await listTemplateRows(db)).length).toBe(1);

    expect(await changes.importFile(file)).toMatchObject({ ok: true, imported: ["Web service"] });
    expect((await listTemplateRows(db)).length).toBe(2);
  });
});
