// Every documented error of the release actions (esa-release-facts.md, "Errors"), and the
// gateway's faults on them, as the official SDK surfaces them.
import * as $Esa from "@alicloud/esa20240910";
import type EsaClient from "@alicloud/esa20240910";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  RESIZER_APP_ID,
  RESIZER_V1_ID,
  SHOP_APP_ID,
  SHOP_V1_ID,
  SHOP_V2_ID,
  UNKNOWN_APP_ID,
} from "@/lib/testing/sdk-fixtures";
import { control, outcomeOf, sdkClientFor } from "@/lib/testing/sdk-test-client";
import { startSandbox, type RunningSandbox } from "./server";

let sandbox: RunningSandbox;
let client: EsaClient;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, controlEnabled: true, rolloutStepMs: 60_000 });
  client = sdkClientFor(sandbox, { timeoutMs: 1500 });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await control(sandbox, "POST", "/__sandbox/reset");
});

async function errorOf(
  promise: Promise<unknown>,
): Promise<{ status: unknown; code: unknown; message: string }> {
  const outcome = await outcomeOf(promise);
  if (outcome.ok) throw new Error("expected the call to fail, it succeeded");
  const data = outcome.error.data as Record<string, unknown> | undefined;
  return {
    status: outcome.error.statusCode,
    code: outcome.error.code,
    message: String(data?.Message),
  };
}

type PublishFields = ConstructorParameters<typeof $Esa.PublishEdgeContainerAppVersionRequest>[0];
const publish = (fields: PublishFields) =>
  client.publishEdgeContainerAppVersion(
    new $Esa.PublishEdgeContainerAppVersionRequest({
      appId: SHOP_APP_ID,
      versionId: SHOP_V1_ID,
      publishEnv: "prod",
      ...fields,
    }),
  );
type RollbackFields = ConstructorParameters<typeof $Esa.RollbackEdgeContainerAppVersionRequest>[0];
const rollback = (fields: RollbackFields) =>
  client.rollbackEdgeContainerAppVersion(
    new $Esa.RollbackEdgeContainerAppVersionRequest({
      appId: SHOP_APP_ID,
      versionId: SHOP_V1_ID,
      ...fields,
    }),
  );
const deleteVersion = (appId: string, versionId: string) =>
  client.deleteEdgeContainerAppVersion(
    new $Esa.DeleteEdgeContainerAppVersionRequest({ appId, versionId }),
  );
const regions = (appId: string) =>
  client.getEdgeContainerDeployRegions(new $Esa.GetEdgeContainerDeployRegionsRequest({ appId }));

describe("PublishEdgeContainerAppVersion errors", () => {
  it("400 InvalidParameter.PublishEnv for an environment other than prod or staging", async () => {
    expect(await errorOf(publish({ publishEnv: "production" }))).toMatchObject({
      status: 400,
      code: "InvalidParameter.PublishEnv",
    });
  });

  it.each([0, 101, 12.5])("400 InvalidParameter.Percentage for %s", async (percentage) => {
    expect(await errorOf(publish({ percentage }))).toMatchObject({
      status: 400,
      code: "InvalidParameter.Percentage",
    });
  });

  it("400 InvalidParameter.appid, 404 InvalidApp.NotFound, 404 InvalidVersion.NotFound", async () => {
    expect(await errorOf(publish({ appId: "app-1" }))).toMatchObject({
      status: 400,
      code: "InvalidParameter.appid",
    });
    expect(await errorOf(publish({ appId: UNKNOWN_APP_ID }))).toMatchObject({
      status: 404,
      code: "InvalidApp.NotFound",
    });
    expect(await errorOf(publish({ versionId: "ver-999999999999999999" }))).toMatchObject({
      status: 404,
      code: "InvalidVersion.NotFound",
    });
  });

  it("400 InvalidParameter for unknown regions or a region release naming none", async () => {
    const unknown = await errorOf(publish({ publishType: "region", regions: ["mars"] }));
    expect(unknown).toMatchObject({ status: 400, code: "InvalidParameter" });
    expect(unknown.message).toMatch(/Regions.*mars is not a deploy region/);
    expect(await errorOf(publish({ publishType: "region", regions: [] }))).toMatchObject({
      code: "InvalidParameter",
    });
  });

  it("400 MissingParameter without VersionId", async () => {
    expect(await errorOf(publish({ versionId: undefined }))).toMatchObject({
      status: 400,
      code: "MissingParameter",
    });
  });

  it("400 InternalException for a second publish while one is still moving", async () => {
    await publish({ versionId: SHOP_V1_ID, percentage: 50 });
    const conflict = await errorOf(publish({ versionId: SHOP_V1_ID, percentage: 100 }));
    expect(conflict).toMatchObject({ status: 400, code: "InternalException" });
    expect(conflict.message).toMatch(/wait until it finishes/);
  });
});

describe("RollbackEdgeContainerAppVersion errors", () => {
  it("400 InvalidParameter.appid for a malformed or unknown app", async () => {
    expect(await errorOf(rollback({ appId: "app-1" }))).toMatchObject({
      status: 400,
      code: "InvalidParameter.appid",
    });
    expect(await errorOf(rollback({ appId: UNKNOWN_APP_ID }))).toMatchObject({
      status: 400,
      code: "InvalidParameter.appid",
    });
  });

  it("400 InvalidParameter.VersionId for an unknown version or the version being released", async () => {
    expect(await errorOf(rollback({ versionId: "ver-999999999999999999" }))).toMatchObject({
      code: "InvalidParameter.VersionId",
    });
    expect(await errorOf(rollback({ versionId: SHOP_V2_ID }))).toMatchObject({
      status: 400,
      code: "InvalidParameter.VersionId",
    });
  });

  it("400 InvalidParameter for a percentage out of range or missing with UsedPercent", async () => {
    expect(await errorOf(rollback({ usedPercent: true, percentage: 150 }))).toMatchObject({
      status: 400,
      code: "InvalidParameter",
    });
    expect(await errorOf(rollback({ usedPercent: true }))).toMatchObject({
      status: 400,
      code: "InvalidParameter",
    });
  });

  it("400 InternalException when nothing was ever published to production", async () => {
    expect(
      await errorOf(rollback({ appId: RESIZER_APP_ID, versionId: RESIZER_V1_ID })),
    ).toMatchObject({ status: 400, code: "InternalException" });
  });
});

describe("DeleteEdgeContainerAppVersion and GetEdgeContainerDeployRegions errors", () => {
  it("400 InvalidParameter.appid and 404 InvalidApp.NotFound on both", async () => {
    expect(await errorOf(deleteVersion("app-1", SHOP_V1_ID))).toMatchObject({
      status: 400,
      code: "InvalidParameter.appid",
    });
    expect(await errorOf(regions("app-1"))).toMatchObject({
      status: 400,
      code: "InvalidParameter.appid",
    });
    expect(await errorOf(deleteVersion(UNKNOWN_APP_ID, SHOP_V1_ID))).toMatchObject({
      status: 404,
      code: "InvalidApp.NotFound",
    });
    expect(await errorOf(regions(UNKNOWN_APP_ID))).toMatchObject({
      status: 404,
      code: "InvalidApp.NotFound",
    });
  });

  it("400 InvalidParameter for a malformed VersionId", async () => {
    expect(await errorOf(deleteVersion(SHOP_APP_ID, "v1"))).toMatchObject({
      status: 400,
      code: "InvalidParameter",
    });
  });

  it("400 InternalException for a live version, on production or on staging", async () => {
    const live = await errorOf(deleteVersion(SHOP_APP_ID, SHOP_V2_ID));
    expect(live).toMatchObject({ status: 400, code: "InternalException" });
    expect(live.message).toMatch(/published or being published/);
    await publish({ appId: RESIZER_APP_ID, versionId: RESIZER_V1_ID, publishEnv: "staging" });
    expect(await errorOf(deleteVersion(RESIZER_APP_ID, RESIZER_V1_ID))).toMatchObject({
      code: "InternalException",
    });
  });

  it("500 InternalError when the service fails", async () => {
    for (const action of ["DeleteEdgeContainerAppVersion", "GetEdgeContainerDeployRegions"])
      await control(sandbox, "POST", "/__sandbox/faults", { action, kind: "internal-error" });
    expect(await errorOf(deleteVersion(SHOP_APP_ID, SHOP_V1_ID))).toMatchObject({
      status: 500,
      code: "InternalError",
    });
    expect(await errorOf(regions(SHOP_APP_ID))).toMatchObject({
      status: 500,
      code: "InternalError",
    });
    expect(sandbox.store.getVersion(SHOP_APP_ID, SHOP_V1_ID)).toBeDefined();
  });
});

describe("status reads and rebuild errors", () => {
  it("InvalidParameter.PublishEnv on GetEdgeContainerAppStatus, InternalException on an empty staging rebuild", async () => {
    expect(
      await errorOf(
        client.getEdgeContainerAppStatus(
          new $Esa.GetEdgeContainerAppStatusRequest({ appId: SHOP_APP_ID, publishEnv: "dev" }),
        ),
      ),
    ).toMatchObject({ status: 400, code: "InvalidParameter.PublishEnv" });
    expect(
      await errorOf(
        client.rebuildEdgeContainerAppStagingEnv(
          new $Esa.RebuildEdgeContainerAppStagingEnvRequest({ appId: SHOP_APP_ID }),
        ),
      ),
    ).toMatchObject({ status: 400, code: "InternalException" });
    expect(
      await errorOf(
        client.getEdgeContainerStagingDeployStatus(
          new $Esa.GetEdgeContainerStagingDeployStatusRequest({ appId: UNKNOWN_APP_ID }),
        ),
      ),
    ).toMatchObject({ status: 404, code: "InvalidApp.NotFound" });
  });
});

describe("faults on the release writes", () => {
  it("a publish whose connection drops after commit has still happened", async () => {
    await control(sandbox, "POST", "/__sandbox/faults", {
      action: "PublishEdgeContainerAppVersion",
      kind: "drop-after-commit",
    });
    const outcome = await outcomeOf(publish({ publishEnv: "staging" }));
    expect(outcome.ok).toBe(false);
    const { body } = await client.getEdgeContainerAppStatus(
      new $Esa.GetEdgeContainerAppStatusRequest({ appId: SHOP_APP_ID, publishEnv: "staging" }),
    );
    expect(body?.appStatus?.publishingVersion).toBe(SHOP_V1_ID);
  });

  it("a rollback that answers too late for the client has still happened", async () => {
    await control(sandbox, "POST", "/__sandbox/faults", {
      action: "RollbackEdgeContainerAppVersion",
      kind: "slow-after-commit",
      delayMs: 3000,
    });
    const outcome = await outcomeOf(rollback({}));
    expect(outcome.ok).toBe(false);
    const { body } = await client.getEdgeContainerAppStatus(
      new $Esa.GetEdgeContainerAppStatusRequest({ appId: SHOP_APP_ID, publishEnv: "prod" }),
    );
    expect(body?.appStatus).toMatchObject({
      publishStatus: "rollbacking",
      publishingVersion: SHOP_V1_ID,
    });
  });
});
