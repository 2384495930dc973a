import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/i18n";

import { EsaError } from "./errors";
import { sandboxHarness, type Harness } from "@/lib/testing/fake-esa-harness";

// What each release operation puts on the wire (query vs form body, as the official SDK 2.43.0
// does: esa-sdk-2.43.0-other-actions.txt) and how the answers are mapped, against a recording fake.

let h: Harness;
beforeEach(async () => {
  h = await sandboxHarness({ ESA_READ_TIMEOUT_MS: "500", ESA_CONNECT_TIMEOUT_MS: "500" });
});
afterEach(async () => {
  await h.close();
});

function only() {
  expect(h.fake.requests).toHaveLength(1);
  return h.fake.requests[0]!;
}

describe("placement", () => {
  it("publish by percentage: VersionId, PublishType in the query; AppId, PublishEnv, Percentage, Remarks, StartTime in the body", async () => {
    h.fake.script({ json: { RequestId: "P-1" } });
    const result = await h.ops.publishVersion({
      appId: "app-1",
      versionId: "ver-1",
      env: "prod",
      target: { by: "percentage", percentage: 10 },
      startTime: "2026-01-02T03:04:05Z",
      remarks: "canary",
    });
    expect(result).toEqual({ state: "accepted", requestId: "P-1" });
    const req = only();
    expect(req.method).toBe("POST");
    expect(req.headers["x-acs-action"]).toBe("PublishEdgeContainerAppVersion");
    expect(req.query).toEqual({ VersionId: "ver-1", PublishType: "percentage" });
    expect(req.form).toEqual({
      AppId: "app-1",
      PublishEnv: "prod",
      Percentage: "10",
      StartTime: "2026-01-02T03:04:05Z",
      Remarks: "canary",
    });
  });

  it("publish by region: Regions as one JSON string and FullRelease in the query", async () => {
    await h.ops.publishVersion({
      appId: "app-1",
      versionId: "ver-1",
      env: "prod",
      target: { by: "region", regions: ["zhejiang", "jiangsu"], fullRelease: false },
    });
    const req = only();
    expect(req.query).toEqual({
      VersionId: "ver-1",
      PublishType: "region",
      Regions: '["zhejiang","jiangsu"]',
      FullRelease: "false",
    });
    expect(req.form).toEqual({ AppId: "app-1", PublishEnv: "prod" });
  });

  it("publish to staging sends no percentage or type", async () => {
    await h.ops.publishVersion({ appId: "app-1", versionId: "ver-1", env: "staging" });
    expect(only()).toMatchObject({
      query: { VersionId: "ver-1" },
      form: { AppId: "app-1", PublishEnv: "staging" },
    });
  });

  it("rollback: VersionId, Percentage, UsedPercent in the query; AppId, Remarks in the body", async () => {
    await h.ops.rollbackVersion({
      appId: "app-1",
      versionId: "ver-0",
      percentage: 50,
      remarks: "bad",
    });
    const req = only();
    expect(req.query).toEqual({ VersionId: "ver-0", Percentage: "50", UsedPercent: "true" });
    expect(req.form).toEqual({ AppId: "app-1", Remarks: "bad" });
  });

  it.each([
    [
      "deleteVersion",
      () => h.ops.deleteVersion("app-1", "ver-1"),
      "POST",
      "DeleteEdgeContainerAppVersion",
      { AppId: "app-1", VersionId: "ver-1" },
    ],
    [
      "rebuildStagingEnv",
      () => h.ops.rebuildStagingEnv("app-1"),
      "POST",
      "RebuildEdgeContainerAppStagingEnv",
      { AppId: "app-1" },
    ],
    [
      "getStagingDeployStatus",
      () => h.ops.getStagingDeployStatus("app-1"),
      "GET",
      "GetEdgeContainerStagingDeployStatus",
      { AppId: "app-1" },
    ],
    [
      "listDeployRegions",
      () => h.ops.listDeployRegions("app-1"),
      "GET",
      "GetEdgeContainerDeployRegions",
      { AppId: "app-1" },
    ],
  ] as const)("%s sends everything in the query", async (_name, run, method, action, query) => {
    await run();
    const req = only();
    expect(req).toMatchObject({ method, query, rawBody: "" });
    expect(req.headers["x-acs-action"]).toBe(action);
  });
});

describe("mapping", () => {
  it("reads the app status defensively: 'pubishing', '50%' and Regions.Region", async () => {
    h.fake.script({
      json: {
        RequestId: "S-1",
        AppStatus: {
          PublishEnv: "prod",
          PublishingVersion: "ver-2",
          BaseLineVersion: "ver-1",
          DeployedVersion: "ver-1",
          PublishStatus: "pubishing",
          DeployStatus: "deploying",
          PublishType: "region",
          PublishPercentage: "50%",
          ExpectPercentage: 100,
          FullRelease: true,
          Regions: { Region: ["zhejiang"] },
          PublishTime: "2026-01-01T00:00:00Z",
          RollbackTime: "",
        },
      },
    });
    const { status, requestId } = await h.ops.getAppStatus("app-1", "prod");
    expect(requestId).toBe("S-1");
    expect(status).toEqual({
      env: "prod",
      publishingVersionId: "ver-2",
      baselineVersionId: "ver-1",
      deployedVersionId: "ver-1",
      publishStatus: "publishing",
      deployStatus: "deploying",
      publishType: "region",
      publishPercentage: 50,
      expectPercentage: 100,
      fullRelease: true,
      regions: ["zhejiang"],
      publishTime: "2026-01-01T00:00:00Z",
    });
    expect(only()).toMatchObject({
      method: "POST",
      query: { AppId: "app-1", PublishEnv: "prod" },
      rawBody: "",
    });
  });

  it("maps staging health and regions", async () => {
    h.fake.script(
      {
        json: {
          RequestId: "H",
          Phase: "CrashLoopBackOff",
          Initialized: "ok",
          Scheduled: "ok",
          Ready: "unready",
          ContainersReady: "unready",
          PodRestartState: { RestartCount: 3, LastTerminatedReason: "OOMKilled" },
          VIPs: ["203.0.113.1"],
        },
      },
      { json: { RequestId: "R", Regions: ["zhejiang", "jiangsu"] } },
    );
    expect((await h.ops.getStagingDeployStatus("app-1")).health).toEqual({
      phase: "CrashLoopBackOff",
      initialized: "ok",
      scheduled: "ok",
      ready: "unready",
      containersReady: "unready",
      restartCount: 3,
      lastTerminatedReason: "OOMKilled",
      vips: ["203.0.113.1"],
    });
    expect(await h.ops.listDeployRegions("app-1")).toEqual({
      regions: ["zhejiang", "jiangsu"],
      requestId: "R",
    });
  });

  it("reports a status body without AppStatus as a bad response", async () => {
    h.fake.script({ json: { RequestId: "X" } });
    await expect(h.ops.getAppStatus("app-1", "staging")).rejects.toMatchObject({
      kind: "bad-response",
      code: "InvalidResponse",
    });
  });
});

describe("errors", () => {
  it("turns a refusal into the one EsaError, with advice, and never retries a write", async () => {
    h.fake.script({
      status: 400,
      json: {
        RequestId: "E-1",
        Code: "InternalException",
        Message: "Production is publishing ver-1; wait until it finishes.",
      },
    });
    const error: unknown = await h.ops
      .publishVersion({
        appId: "app-1",
        versionId: "ver-1",
        env: "prod",
        target: { by: "percentage", percentage: 5 },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EsaError);
    expect(error).toMatchObject({
      kind: "service",
      code: "InternalException",
      httpStatus: 400,
      requestId: "E-1",
      outcomeUnknown: false,
    });
    expect(inEnglish((error as EsaError).message)).toMatch(
      /could not publish the version in the application's current state: Production is publishing/,
    );
    expect(h.fake.requests).toHaveLength(1);
  });

  it("does not retry a delete that failed with 500, and says a lost delete may have happened", async () => {
    h.fake.script({ status: 500, json: { RequestId: "E", Code: "InternalError", Message: "x" } });
    await expect(h.ops.deleteVersion("app-1", "ver-1")).rejects.toMatchObject({
      code: "InternalError",
    });
    expect(h.fake.requests).toHaveLength(1);
    h.fake.script({ destroy: true });
    const lost: unknown = await h.ops.deleteVersion("app-1", "ver-1").catch((e: unknown) => e);
    expect(lost).toMatchObject({ outcomeUnknown: true });
    expect(inEnglish((lost as EsaError).message)).toMatch(/may have been deleted anyway/);
    expect(h.fake.requests).toHaveLength(2);
  });

  it("retries a status read after a 500", async () => {
    h.fake.script(
      { status: 500, json: { RequestId: "E", Code: "InternalError", Message: "x" } },
      { json: { RequestId: "OK", Regions: ["zhejiang"] } },
    );
    expect((await h.ops.listDeployRegions("app-1")).regions).toEqual(["zhejiang"]);
    expect(h.fake.requests).toHaveLength(2);
  });
});
