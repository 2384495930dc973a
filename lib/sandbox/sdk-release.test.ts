// The official SDK drives the release actions against a live sandbox whose clock the test holds:
// staging to Running (or a failure), production by percentage and by region, rollback, delete.
import * as $Esa from "@alicloud/esa20240910";
import type EsaClient from "@alicloud/esa20240910";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  container,
  CRASH_LOOP_IMAGE,
  createRequest,
  GATEWAY_APP_ID,
  MISSING_IMAGE,
  RESIZER_APP_ID,
  RESIZER_V1_ID,
  SHOP_APP_ID,
  SHOP_V1_ID,
  SHOP_V2_ID,
} from "@/lib/testing/sdk-fixtures";
import { control, rawCall, sdkClientFor, UPPERCASE_UUID } from "@/lib/testing/sdk-test-client";
import { startSandbox, type RunningSandbox } from "./server";

const STEP = 1000;
// Real time plus whatever the test advanced: the signature date check uses the same clock.
let offset = 0;
let sandbox: RunningSandbox;
let client: EsaClient;
const advance = (ms: number) => {
  offset += ms;
};

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    creatingDelayMs: 0,
    rolloutStepMs: STEP,
    controlEnabled: true,
    now: () => Date.now() + offset,
  });
  client = sdkClientFor(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await control(sandbox, "POST", "/__sandbox/reset");
});

async function createdVersion(name: string, image = "nginx:1.25"): Promise<string> {
  const { body } = await client.createEdgeContainerAppVersion(
    createRequest({ name, containers: [container({ image })] }),
  );
  // creatingDelayMs 0: the flip to `created` is the next timer tick.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return body!.versionId!;
}

const publish = (
  fields: ConstructorParameters<typeof $Esa.PublishEdgeContainerAppVersionRequest>[0],
) =>
  client.publishEdgeContainerAppVersion(
    new $Esa.PublishEdgeContainerAppVersionRequest({ appId: SHOP_APP_ID, ...fields }),
  );
const status = async (publishEnv: string, appId = SHOP_APP_ID) =>
  (
    await client.getEdgeContainerAppStatus(
      new $Esa.GetEdgeContainerAppStatusRequest({ appId, publishEnv }),
    )
  ).body!.appStatus!;
const staging = async (appId = SHOP_APP_ID) =>
  (
    await client.getEdgeContainerStagingDeployStatus(
      new $Esa.GetEdgeContainerStagingDeployStatusRequest({ appId }),
    )
  ).body!;

async function lastLogged(action: string): Promise<Record<string, unknown>> {
  const { body } = await control(sandbox, "GET", "/__sandbox/requests");
  const requests = body.requests as Record<string, unknown>[];
  return requests.filter((r) => r.action === action).at(-1)!;
}

describe("PublishEdgeContainerAppVersion to staging", () => {
  it("answers a RequestId, then staging goes Pending → ContainerCreating → Running with VIPs", async () => {
    const { statusCode, body } = await publish({
      versionId: SHOP_V1_ID,
      publishEnv: "staging",
      remarks: "try v1",
    });
    expect(statusCode).toBe(200);
    expect(body?.requestId).toMatch(UPPERCASE_UUID);
    expect(await staging()).toMatchObject({ phase: "Pending", scheduled: "unready", VIPs: [] });
    expect(await status("staging")).toMatchObject({
      publishStatus: "publishing",
      deployStatus: "deploying",
      publishingVersion: SHOP_V1_ID,
    });
    advance(STEP);
    expect(await staging()).toMatchObject({
      phase: "ContainerCreating",
      scheduled: "ok",
      containersReady: "unready",
    });
    advance(STEP);
    const running = await staging();
    expect(running).toMatchObject({
      phase: "Running",
      initialized: "ok",
      scheduled: "ok",
      ready: "ok",
      containersReady: "ok",
      podRestartState: { restartCount: 0, lastTerminatedReason: "" },
    });
    expect(running.VIPs).toHaveLength(2);
    expect(running.creationTimestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(await status("staging")).toMatchObject({
      publishStatus: "published",
      deployStatus: "deployed",
      deployedVersion: SHOP_V1_ID,
      publishEnv: "staging",
    });
  });

  it("shows a crash-looping image's restarts and reason, and rebuilds staging from the start", async () => {
    const broken = await createdVersion("v3-crashes", CRASH_LOOP_IMAGE);
    await publish({ versionId: broken, publishEnv: "staging" });
    advance(4 * STEP);
    expect(await staging()).toMatchObject({
      phase: "CrashLoopBackOff",
      containersReady: "unready",
      podRestartState: { restartCount: 3, lastTerminatedReason: "Error" },
    });
    const rebuilt = await client.rebuildEdgeContainerAppStagingEnv(
      new $Esa.RebuildEdgeContainerAppStagingEnvRequest({ appId: SHOP_APP_ID }),
    );
    expect(rebuilt.body?.requestId).toMatch(UPPERCASE_UUID);
    expect(await staging()).toMatchObject({
      phase: "Pending",
      podRestartState: { restartCount: 0 },
    });
    expect(await lastLogged("RebuildEdgeContainerAppStagingEnv")).toMatchObject({
      method: "POST",
      query: { AppId: SHOP_APP_ID },
      body: {},
    });
  });

  it("stops at ImagePullBackOff for an image that cannot be pulled", async () => {
    const missing = await createdVersion("v3-missing", MISSING_IMAGE);
    await publish({ versionId: missing, publishEnv: "staging" });
    advance(10 * STEP);
    expect(await staging()).toMatchObject({ phase: "ImagePullBackOff", initialized: "unready" });
    expect(await status("staging")).toMatchObject({ publishStatus: "publishing" });
  });

  it("reports NoContainer before anything was published", async () => {
    expect(await staging(RESIZER_APP_ID)).toMatchObject({ phase: "NoContainer", VIPs: [] });
  });
});

describe("PublishEdgeContainerAppVersion to production", () => {
  it("sends VersionId/PublishType in the query and AppId/PublishEnv/Percentage/Remarks/StartTime in the body", async () => {
    const v3 = await createdVersion("v3-canary");
    await publish({
      versionId: v3,
      publishEnv: "prod",
      publishType: "percentage",
      percentage: 10,
      remarks: "canary",
      startTime: "2020-01-01T00:00:00Z",
    });
    const logged = await lastLogged("PublishEdgeContainerAppVersion");
    expect(logged).toMatchObject({ method: "POST", status: 200 });
    expect(logged.query).toEqual({ VersionId: v3, PublishType: "percentage" });
    expect(logged.body).toEqual({
      AppId: SHOP_APP_ID,
      PublishEnv: "prod",
      Percentage: "10",
      Remarks: "canary",
      StartTime: "2020-01-01T00:00:00Z",
    });
  });

  it("publishes at 10%, raises to 100%, and the version's publish times follow", async () => {
    const v3 = await createdVersion("v3-canary");
    await publish({ versionId: v3, publishEnv: "prod", percentage: 10 });
    expect(await status("prod")).toMatchObject({
      publishStatus: "publishing",
      publishPercentage: 0,
      expectPercentage: 10,
      baseLineVersion: SHOP_V2_ID,
      publishingVersion: v3,
      deployedVersion: SHOP_V2_ID,
    });
    advance(STEP);
    expect(await status("prod")).toMatchObject({
      publishStatus: "published",
      deployStatus: "deployed",
      publishPercentage: 10,
      publishType: "percentage",
    });
    const { body } = await client.getEdgeContainerAppVersion(
      new $Esa.GetEdgeContainerAppVersionRequest({ appId: SHOP_APP_ID, versionId: v3 }),
    );
    expect(body?.version?.publishTime).toMatch(/Z$/);
    expect(body?.version?.lastPublishTime).toBe(body?.version?.publishTime);

    advance(60_000);
    await publish({ versionId: v3, publishEnv: "prod", percentage: 100 });
    advance(4 * STEP);
    expect(await status("prod")).toMatchObject({
      publishStatus: "published",
      publishPercentage: 100,
      deployedVersion: v3,
    });
    const after = await client.getEdgeContainerAppVersion(
      new $Esa.GetEdgeContainerAppVersionRequest({ appId: SHOP_APP_ID, versionId: v3 }),
    );
    expect(after.body?.version?.lastPublishTime).not.toBe(after.body?.version?.publishTime);
  });

  it("publishes by region with Regions as one JSON string in the query", async () => {
    const regions = await client.getEdgeContainerDeployRegions(
      new $Esa.GetEdgeContainerDeployRegionsRequest({ appId: GATEWAY_APP_ID }),
    );
    expect(regions.body?.regions).toEqual(["zhejiang", "guangdong", "beijing"]);
    expect(await lastLogged("GetEdgeContainerDeployRegions")).toMatchObject({
      method: "GET",
      query: { AppId: GATEWAY_APP_ID },
    });

    await client.publishEdgeContainerAppVersion(
      new $Esa.PublishEdgeContainerAppVersionRequest({
        appId: GATEWAY_APP_ID,
        versionId: "ver-100000000000000303",
        publishEnv: "prod",
        publishType: "region",
        regions: ["zhejiang"],
        fullRelease: false,
      }),
    );
    const logged = await lastLogged("PublishEdgeContainerAppVersion");
    expect(logged.query).toEqual({
      VersionId: "ver-100000000000000303",
      PublishType: "region",
      Regions: '["zhejiang"]',
      FullRelease: "false",
    });
    advance(2 * STEP);
    expect(await status("prod", GATEWAY_APP_ID)).toMatchObject({
      publishType: "region",
      regions: { region: ["zhejiang"] },
      publishPercentage: 33,
      fullRelease: false,
      publishStatus: "published",
    });
  });

  it("rolls back by percentage, then all at once", async () => {
    const v3 = await createdVersion("v3-canary");
    await publish({ versionId: v3, publishEnv: "prod", percentage: 50 });
    advance(2 * STEP);
    const rolled = await client.rollbackEdgeContainerAppVersion(
      new $Esa.RollbackEdgeContainerAppVersionRequest({
        appId: SHOP_APP_ID,
        versionId: SHOP_V2_ID,
        usedPercent: true,
        percentage: 80,
        remarks: "too slow",
      }),
    );
    expect(rolled.body?.requestId).toMatch(UPPERCASE_UUID);
    const logged = await lastLogged("RollbackEdgeContainerAppVersion");
    expect(logged.query).toEqual({ VersionId: SHOP_V2_ID, Percentage: "80", UsedPercent: "true" });
    expect(logged.body).toEqual({ AppId: SHOP_APP_ID, Remarks: "too slow" });
    expect(await status("prod")).toMatchObject({
      publishStatus: "rollbacking",
      publishingVersion: SHOP_V2_ID,
      publishPercentage: 50,
    });
    // 30 points: two steps.
    advance(2 * STEP);
    expect(await status("prod")).toMatchObject({
      publishStatus: "rollbacked",
      publishPercentage: 80,
    });
    expect((await status("prod")).rollbackTime).toMatch(/Z$/);
    await client.rollbackEdgeContainerAppVersion(
      new $Esa.RollbackEdgeContainerAppVersionRequest({
        appId: SHOP_APP_ID,
        versionId: SHOP_V2_ID,
      }),
    );
    advance(STEP);
    expect(await status("prod")).toMatchObject({
      publishStatus: "rollbacked",
      publishPercentage: 100,
      deployedVersion: SHOP_V2_ID,
    });
  });

  it("answers an empty status for an app never published", async () => {
    expect(await status("prod", RESIZER_APP_ID)).toMatchObject({
      deployStatus: "undeploy",
      publishStatus: "",
      deployedVersion: "",
      regions: { region: [] },
    });
    expect(await lastLogged("GetEdgeContainerAppStatus")).toMatchObject({
      method: "POST",
      query: { AppId: RESIZER_APP_ID, PublishEnv: "prod" },
      body: {},
    });
  });
});

describe("DeleteEdgeContainerAppVersion", () => {
  it("deletes a version that is not live, with AppId and VersionId in the query", async () => {
    const { body } = await client.deleteEdgeContainerAppVersion(
      new $Esa.DeleteEdgeContainerAppVersionRequest({
        appId: RESIZER_APP_ID,
        versionId: RESIZER_V1_ID,
      }),
    );
    expect(body?.requestId).toMatch(UPPERCASE_UUID);
    expect(await lastLogged("DeleteEdgeContainerAppVersion")).toMatchObject({
      method: "POST",
      query: { AppId: RESIZER_APP_ID, VersionId: RESIZER_V1_ID },
      body: {},
    });
    const { body: app } = await rawCall(client, "GetEdgeContainerApp", {
      query: { AppId: RESIZER_APP_ID },
    });
    expect(app.App).toMatchObject({ VersionCount: 0 });
  });
});
