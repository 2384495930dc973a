import * as $Esa from "@alicloud/esa20240910";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { freshOperations, type Operations } from "@/lib/testing/fake-esa-harness";
import { startPublishedSandbox, type PublishedSandbox } from "@/lib/testing/published-sandbox";
import { control, sdkClientFor } from "@/lib/testing/sdk-test-client";

// lib/esa's release writes and the official SDK 2.43.0 put the same parameters in the same places
// (query or form body): both go to the sandbox, whose request log records each side.

const SHOP = "app-880688675783790001";
const V1 = "ver-100000000000000101";
const V2 = "ver-100000000000000102";

let published: PublishedSandbox;
let ops: Operations;
beforeAll(async () => {
  published = await startPublishedSandbox({ controlEnabled: true, rolloutStepMs: 0 });
  ops = await freshOperations();
});
afterAll(async () => {
  await published.close();
});

async function wireOf(send: () => Promise<unknown>) {
  await control(published.sandbox, "POST", "/__sandbox/reset");
  await send();
  const { body } = await control(published.sandbox, "GET", "/__sandbox/requests");
  const [request] = body.requests as {
    method: string;
    action: string;
    query: object;
    body: object;
    status: number;
  }[];
  expect(request?.status).toBe(200);
  return {
    method: request?.method,
    action: request?.action,
    query: request?.query,
    body: request?.body,
  };
}

describe("the same wire as the official SDK", () => {
  const sdk = () => sdkClientFor(published.sandbox);

  it("publish by percentage with a start time and remarks", async () => {
    const ours = await wireOf(() =>
      ops.publishVersion({
        appId: SHOP,
        versionId: V1,
        env: "prod",
        target: { by: "percentage", percentage: 10 },
        startTime: "2020-01-01T00:00:00Z",
        remarks: "canary",
      }),
    );
    const theirs = await wireOf(() =>
      sdk().publishEdgeContainerAppVersion(
        new $Esa.PublishEdgeContainerAppVersionRequest({
          appId: SHOP,
          versionId: V1,
          publishEnv: "prod",
          publishType: "percentage",
          percentage: 10,
          startTime: "2020-01-01T00:00:00Z",
          remarks: "canary",
        }),
      ),
    );
    expect(ours).toEqual(theirs);
  });

  it("publish by region", async () => {
    const ours = await wireOf(() =>
      ops.publishVersion({
        appId: SHOP,
        versionId: V1,
        env: "prod",
        target: { by: "region", regions: ["zhejiang", "jiangsu"], fullRelease: true },
      }),
    );
    const theirs = await wireOf(() =>
      sdk().publishEdgeContainerAppVersion(
        new $Esa.PublishEdgeContainerAppVersionRequest({
          appId: SHOP,
          versionId: V1,
          publishEnv: "prod",
          publishType: "region",
          regions: ["zhejiang", "jiangsu"],
          fullRelease: true,
        }),
      ),
    );
    expect(ours).toEqual(theirs);
  });

  it("rollback by percentage", async () => {
    const ours = await wireOf(() =>
      ops.rollbackVersion({ appId: SHOP, versionId: V1, percentage: 40, remarks: "back" }),
    );
    const theirs = await wireOf(() =>
      sdk().rollbackEdgeContainerAppVersion(
        new $Esa.RollbackEdgeContainerAppVersionRequest({
          appId: SHOP,
          versionId: V1,
          percentage: 40,
          usedPercent: true,
          remarks: "back",
        }),
      ),
    );
    expect(ours).toEqual(theirs);
  });

  it("status, staging health, regions, rebuild and delete", async () => {
    const pairs: [() => Promise<unknown>, () => Promise<unknown>][] = [
      [
        () => ops.getAppStatus(SHOP, "staging"),
        () =>
          sdk().getEdgeContainerAppStatus(
            new $Esa.GetEdgeContainerAppStatusRequest({ appId: SHOP, publishEnv: "staging" }),
          ),
      ],
      [
        () => ops.getStagingDeployStatus(SHOP),
        () =>
          sdk().getEdgeContainerStagingDeployStatus(
            new $Esa.GetEdgeContainerStagingDeployStatusRequest({ appId: SHOP }),
          ),
      ],
      [
        () => ops.listDeployRegions(SHOP),
        () =>
          sdk().getEdgeContainerDeployRegions(
            new $Esa.GetEdgeContainerDeployRegionsRequest({ appId: SHOP }),
          ),
      ],
      [
        () => ops.deleteVersion(SHOP, V1),
        () =>
          sdk().deleteEdgeContainerAppVersion(
            new $Esa.DeleteEdgeContainerAppVersionRequest({ appId: SHOP, versionId: V1 }),
          ),
      ],
    ];
    for (const [ours, theirs] of pairs) expect(await wireOf(ours)).toEqual(await wireOf(theirs));
    const withStaging = async (send: () => Promise<unknown>) => {
      await control(published.sandbox, "POST", "/__sandbox/reset");
      await ops.publishVersion({ appId: SHOP, versionId: V2, env: "staging" });
      await send();
      const { body } = await control(published.sandbox, "GET", "/__sandbox/requests");
      const request = (
        body.requests as { action: string; method: string; query: object; body: object }[]
      ).at(-1);
      return {
        action: request?.action,
        method: request?.method,
        query: request?.query,
        body: request?.body,
      };
    };
    expect(await withStaging(() => ops.rebuildStagingEnv(SHOP))).toEqual(
      await withStaging(() =>
        sdk().rebuildEdgeContainerAppStagingEnv(
          new $Esa.RebuildEdgeContainerAppStagingEnvRequest({ appId: SHOP }),
        ),
      ),
    );
  });
});
