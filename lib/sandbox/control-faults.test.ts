// Control endpoints and fault injection, exercised with the official SDK on the other end.
import * as $Esa from "@alicloud/esa20240910";
import type EsaClient from "@alicloud/esa20240910";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRequest, SHOP_APP_ID } from "@/lib/testing/sdk-fixtures";
import { control, outcomeOf, sdkClientFor, UPPERCASE_UUID } from "@/lib/testing/sdk-test-client";
import { startSandbox, type RunningSandbox } from "./server";

let sandbox: RunningSandbox;
let client: EsaClient;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, controlEnabled: true, creatingDelayMs: 100 });
  client = sdkClientFor(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  expect((await control(sandbox, "POST", "/__sandbox/reset")).status).toBe(200);
});

const versionNamed = (name: string) =>
  sandbox.store.listVersions(SHOP_APP_ID)?.find((v) => v.Name === name);
const listApps = () => client.listEdgeContainerApps(new $Esa.ListEdgeContainerAppsRequest({}));

async function addFault(fault: Record<string, unknown>): Promise<void> {
  const response = await control(sandbox, "POST", "/__sandbox/faults", fault);
  expect(response.status).toBe(200);
}

async function failureOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  const outcome = await outcomeOf(promise);
  if (outcome.ok) throw new Error("expected the call to fail, it succeeded");
  return outcome.error;
}

describe("control endpoints", () => {
  it("reports health", async () => {
    const { status, body } = await control(sandbox, "GET", "/__sandbox/health");
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, seed: "demo" });
    expect(body.RequestId).toMatch(UPPERCASE_UUID);
  });

  it("logs received API requests with decoded query and body parameters and the status", async () => {
    await client.createEdgeContainerAppVersion(createRequest({ name: "logged-version" }));
    await client.listEdgeContainerAppVersions(
      new $Esa.ListEdgeContainerAppVersionsRequest({ appId: SHOP_APP_ID, pageSize: 5 }),
    );
    const { body } = await control(sandbox, "GET", "/__sandbox/requests");
    const [create, list] = body.requests as Record<string, unknown>[];
    expect(create).toMatchObject({
      action: "CreateEdgeContainerAppVersion",
      method: "POST",
      status: 200,
      query: {},
    });
    expect(create?.body).toMatchObject({ AppId: SHOP_APP_ID, Name: "logged-version" });
    expect(JSON.parse(String((create?.body as Record<string, string>).Containers))).toHaveLength(1);
    expect(list).toMatchObject({
      action: "ListEdgeContainerAppVersions",
      method: "GET",
      status: 200,
      query: { AppId: SHOP_APP_ID, PageSize: "5" },
    });
    expect(String(list?.time)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("resets store, faults and log, optionally to another seed", async () => {
    await client.createEdgeContainerAppVersion(createRequest({ name: "to-be-forgotten" }));
    await addFault({ action: "*", kind: "internal-error", count: 5 });
    expect(
      (await control(sandbox, "POST", "/__sandbox/reset", { seed: "large" })).body,
    ).toMatchObject({ ok: true, seed: "large" });
    expect((await control(sandbox, "GET", "/__sandbox/faults")).body.faults).toEqual([]);
    expect((await control(sandbox, "GET", "/__sandbox/requests")).body.requests).toEqual([]);
    expect((await listApps()).body?.totalCount).toBe(48);
    expect(versionNamed("to-be-forgotten")).toBeUndefined();

    expect((await control(sandbox, "POST", "/__sandbox/reset")).body).toMatchObject({
      seed: "demo",
    });
    expect((await listApps()).body?.totalCount).toBe(4);
  });

  it("rejects malformed control input with InvalidParameter", async () => {
    for (const fault of [
      { action: "*", kind: "meltdown" },
      { action: "*", kind: "throttle", count: 0 },
      { kind: "throttle" },
    ]) {
      const response = await control(sandbox, "POST", "/__sandbox/faults", fault);
      expect(response).toMatchObject({ status: 400, body: { Code: "InvalidParameter" } });
    }
    expect((await control(sandbox, "POST", "/__sandbox/reset", { seed: "huge" })).status).toBe(400);
    const notJson = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: "POST",
      body: "{nope",
    });
    expect(notJson.status).toBe(400);
  });

  it("lists pending faults with their remaining count, and clears them", async () => {
    await addFault({ action: "ListEdgeContainerApps", kind: "throttle", count: 2 });
    await expect(listApps()).rejects.toMatchObject({ code: "Throttling.User" });
    expect((await control(sandbox, "GET", "/__sandbox/faults")).body.faults).toEqual([
      { action: "ListEdgeContainerApps", kind: "throttle", count: 1, delayMs: 10_000 },
    ]);
    await control(sandbox, "DELETE", "/__sandbox/faults");
    expect((await listApps()).statusCode).toBe(200);
  });
});

describe("control disabled", () => {
  it("answers 404 on /__sandbox/ paths, exactly like an unknown path, and injects nothing", async () => {
    const closed = await startSandbox({ port: 0 });
    try {
      const unknown = await control(closed, "GET", "/no-such-path");
      expect(unknown).toMatchObject({ status: 404, body: { Code: "NotFound" } });
      for (const [method, path] of [
        ["GET", "/__sandbox/health"],
        ["GET", "/__sandbox/requests"],
        ["POST", "/__sandbox/reset"],
      ] as const) {
        expect(await control(closed, method, path)).toMatchObject({
          status: 404,
          body: { Code: "NotFound" },
        });
      }
      expect(
        await control(closed, "POST", "/__sandbox/faults", { action: "*", kind: "internal-error" }),
      ).toMatchObject({ status: 404 });
      const ok = await sdkClientFor(closed).listEdgeContainerApps(
        new $Esa.ListEdgeContainerAppsRequest({}),
      );
      expect(ok.statusCode).toBe(200);
    } finally {
      await closed.close();
    }
  });
});

describe("faults", () => {
  it("internal-error fails the next `count` calls of the action with 500 and creates nothing", async () => {
    await addFault({ action: "CreateEdgeContainerAppVersion", kind: "internal-error", count: 2 });
    await expect(listApps()).resolves.toMatchObject({ statusCode: 200 });
    for (const name of ["attempt-one", "attempt-two"]) {
      const error = await failureOf(client.createEdgeContainerAppVersion(createRequest({ name })));
      expect(error).toMatchObject({ code: "InternalError", statusCode: 500 });
      expect(versionNamed(name)).toBeUndefined();
    }
    const third = await client.createEdgeContainerAppVersion(
      createRequest({ name: "attempt-three" }),
    );
    expect(third.statusCode).toBe(200);
  });

  it('throttle answers Throttling.User for any action with "*"', async () => {
    await addFault({ action: "*", kind: "throttle" });
    const error = await failureOf(
      client.getEdgeContainerApp(new $Esa.GetEdgeContainerAppRequest({ appId: SHOP_APP_ID })),
    );
    expect(error).toMatchObject({ code: "Throttling.User", statusCode: 400 });
    expect((error.data as Record<string, unknown>).Message).toBe(
      "Request was denied due to user flow control.",
    );
  });

  it("non-json answers a 502 HTML page and creates nothing", async () => {
    await addFault({ action: "CreateEdgeContainerAppVersion", kind: "non-json" });
    const error = await failureOf(
      client.createEdgeContainerAppVersion(createRequest({ name: "behind-proxy" })),
    );
    expect(error.name).toBe("SyntaxError");
    expect(versionNamed("behind-proxy")).toBeUndefined();
    const { body } = await control(sandbox, "GET", "/__sandbox/requests");
    expect(body.requests).toEqual([expect.objectContaining({ status: 502, fault: "non-json" })]);
  });

  it("slow-before-commit: the client times out first, the version appears afterwards", async () => {
    await addFault({
      action: "CreateEdgeContainerAppVersion",
      kind: "slow-before-commit",
      delayMs: 800,
    });
    const impatient = sdkClientFor(sandbox, { timeoutMs: 250 });
    const error = await failureOf(
      impatient.createEdgeContainerAppVersion(createRequest({ name: "late-commit" })),
    );
    expect(String(error.name)).toMatch(/timeout/i);
    expect(versionNamed("late-commit")).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(versionNamed("late-commit")).toBeDefined();
  });

  it("slow-after-commit: the version exists although the client timed out", async () => {
    await addFault({
      action: "CreateEdgeContainerAppVersion",
      kind: "slow-after-commit",
      delayMs: 800,
    });
    const impatient = sdkClientFor(sandbox, { timeoutMs: 250 });
    const error = await failureOf(
      impatient.createEdgeContainerAppVersion(createRequest({ name: "early-commit" })),
    );
    expect(String(error.name)).toMatch(/timeout/i);
    expect(versionNamed("early-commit")).toBeDefined();
  });

  it("slow-after-commit still answers a patient client", async () => {
    await addFault({
      action: "CreateEdgeContainerAppVersion",
      kind: "slow-after-commit",
      delayMs: 300,
    });
    const started = Date.now();
    const created = await client.createEdgeContainerAppVersion(
      createRequest({ name: "patient-client" }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(versionNamed("patient-client")?.VersionId).toBe(created.body?.versionId);
  });

  it("drop-after-commit: the connection dies without an answer, the version exists", async () => {
    await addFault({ action: "CreateEdgeContainerAppVersion", kind: "drop-after-commit" });
    const error = await failureOf(
      client.createEdgeContainerAppVersion(createRequest({ name: "dropped-answer" })),
    );
    expect(String(error.code ?? error.message)).toMatch(/ECONNRESET|socket hang up/i);
    expect(versionNamed("dropped-answer")).toBeDefined();
    const { body } = await control(sandbox, "GET", "/__sandbox/requests");
    expect(body.requests).toEqual([
      expect.objectContaining({ status: null, fault: "drop-after-commit" }),
    ]);
  });
});
