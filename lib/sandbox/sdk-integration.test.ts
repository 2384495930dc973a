// The official SDK (@alicloud/esa20240910) against a live sandbox: all five operations.
import * as $Esa from "@alicloud/esa20240910";
import type EsaClient from "@alicloud/esa20240910";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  container,
  createRequest,
  GATEWAY_APP_ID,
  SHOP_APP_ID,
  SHOP_V1_ID,
} from "@/lib/testing/sdk-fixtures";
import { rawCall, sdkClientFor, UPPERCASE_UUID } from "@/lib/testing/sdk-test-client";
import { startSandbox, type RunningSandbox } from "./server";

const ISO_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
let sandbox: RunningSandbox;
let client: EsaClient;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, creatingDelayMs: 300 });
  client = sdkClientFor(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => {
  sandbox.store.reset("demo");
});

describe("ListEdgeContainerApps", () => {
  it("lists the demo apps newest first with the default page", async () => {
    const { statusCode, body } = await client.listEdgeContainerApps(
      new $Esa.ListEdgeContainerAppsRequest({}),
    );
    expect(statusCode).toBe(200);
    expect(body?.requestId).toMatch(UPPERCASE_UUID);
    expect(body).toMatchObject({ pageNumber: 1, pageSize: 20, totalCount: 4 });
    expect(body?.apps?.map((a) => a.name)).toEqual([
      "edge-cache-warmer",
      "api-gateway-edge",
      "image-resizer",
      "shop-frontend",
    ]);
  });

  it("answers every documented App field in PascalCase", async () => {
    const { body } = await rawCall(client, "ListEdgeContainerApps", {
      query: { SearchKey: "shop" },
    });
    const apps = body.Apps as Record<string, unknown>[];
    expect(apps).toHaveLength(1);
    expect(Object.keys(apps[0] ?? {}).sort()).toEqual(
      [
        "AppId",
        "CreateTime",
        "DomainName",
        "GatewayType",
        "HealthCheck",
        "Name",
        "QuicCid",
        "Remarks",
        "ServicePort",
        "Status",
        "TargetPort",
        "UpdateTime",
        "VersionCount",
      ].sort(),
    );
    expect(apps[0]).toMatchObject({ AppId: SHOP_APP_ID, VersionCount: 2, Status: "created" });
    expect(apps[0]?.CreateTime).toMatch(ISO_SECOND);
  });

  it("orders by name and searches by Name or Appid, case-insensitively", async () => {
    const byName = await client.listEdgeContainerApps(
      new $Esa.ListEdgeContainerAppsRequest({ orderKey: "Name", orderType: "ASC" }),
    );
    expect(byName.body?.apps?.map((a) => a.name)).toEqual([
      "api-gateway-edge",
      "edge-cache-warmer",
      "image-resizer",
      "shop-frontend",
    ]);
    const named = await client.listEdgeContainerApps(
      new $Esa.ListEdgeContainerAppsRequest({ searchKey: "RESIZER", searchType: "Name" }),
    );
    expect(named.body?.apps?.map((a) => a.name)).toEqual(["image-resizer"]);
    const byId = await client.listEdgeContainerApps(
      new $Esa.ListEdgeContainerAppsRequest({ searchKey: "790003", searchType: "Appid" }),
    );
    expect(byId.body?.apps?.map((a) => a.appId)).toEqual([GATEWAY_APP_ID]);
    const nameIsNotId = await client.listEdgeContainerApps(
      new $Esa.ListEdgeContainerAppsRequest({ searchKey: "790003", searchType: "Name" }),
    );
    expect(nameIsNotId.body?.totalCount).toBe(0);
  });

  it("pages through the large seed without overlap", async () => {
    sandbox.store.reset("large");
    const seen: string[] = [];
    for (const pageNumber of [1, 2, 3]) {
      const { body } = await client.listEdgeContainerApps(
        new $Esa.ListEdgeContainerAppsRequest({
          pageNumber,
          pageSize: 20,
          orderKey: "Name",
          orderType: "ASC",
        }),
      );
      expect(body?.totalCount).toBe(48);
      expect(body?.pageNumber).toBe(pageNumber);
      seen.push(...(body?.apps ?? []).map((a) => a.appId ?? ""));
    }
    expect(seen).toHaveLength(48);
    expect(new Set(seen).size).toBe(48);
    const beyond = await client.listEdgeContainerApps(
      new $Esa.ListEdgeContainerAppsRequest({ pageNumber: 4, pageSize: 20 }),
    );
    expect(beyond.body?.apps).toEqual([]);
  });
});

describe("GetEdgeContainerApp", () => {
  it("returns the app with its health check", async () => {
    const { body } = await client.getEdgeContainerApp(
      new $Esa.GetEdgeContainerAppRequest({ appId: SHOP_APP_ID }),
    );
    expect(body?.app).toMatchObject({
      appId: SHOP_APP_ID,
      name: "shop-frontend",
      gatewayType: "l7",
      targetPort: 3000,
    });
    expect(body?.app?.healthCheck).toMatchObject({
      type: "l7",
      uri: "/healthz",
      httpCode: "http_2xx",
      port: 3000,
    });
  });
});

describe("ListEdgeContainerAppVersions", () => {
  it("lists versions whose containers lack IsACRImage, ACRImageInfo and Storage", async () => {
    const { body } = await rawCall(client, "ListEdgeContainerAppVersions", {
      method: "GET",
      query: { AppId: SHOP_APP_ID },
    });
    expect(body).toMatchObject({ PageNumber: 1, PageSize: 20, TotalCount: 2 });
    const versions = body.Versions as { Name: string; Containers: Record<string, unknown>[] }[];
    expect(versions.map((v) => v.Name)).toEqual(["v2-checkout-redesign", "v1-initial-release"]);
    const web = versions[1]?.Containers[0] ?? {};
    expect(web).toMatchObject({ Name: "web", Spec: "1C2G", ProbeType: "httpGet" });
    expect(web).not.toHaveProperty("IsACRImage");
    expect(web).not.toHaveProperty("ACRImageInfo");
    expect(web).not.toHaveProperty("Storage");
  });

  it("finds a version by exact name through SearchType=Name", async () => {
    const request = new $Esa.ListEdgeContainerAppVersionsRequest({
      appId: GATEWAY_APP_ID,
      searchKey: "envoy-1.30-upgrade",
      searchType: "Name",
    });
    const { body } = await client.listEdgeContainerAppVersions(request);
    expect(body?.versions?.map((v) => v.versionId)).toEqual(["ver-100000000000000302"]);
    const byId = await client.listEdgeContainerAppVersions(
      new $Esa.ListEdgeContainerAppVersionsRequest({
        appId: GATEWAY_APP_ID,
        searchKey: "303",
        searchType: "VersionId",
      }),
    );
    expect(byId.body?.versions?.map((v) => v.name)).toEqual(["envoy-1.31-canary"]);
  });

  it("orders and pages versions", async () => {
    const request = new $Esa.ListEdgeContainerAppVersionsRequest({
      appId: GATEWAY_APP_ID,
      orderKey: "CreateTime",
      orderType: "ASC",
      pageSize: 2,
      pageNumber: 2,
    });
    const { body } = await client.listEdgeContainerAppVersions(request);
    expect(body).toMatchObject({ totalCount: 3, pageNumber: 2, pageSize: 2 });
    expect(body?.versions?.map((v) => v.name)).toEqual(["envoy-1.31-canary"]);
  });
});

describe("GetEdgeContainerAppVersion", () => {
  it("returns full containers, ACR image details and storage included", async () => {
    const { body } = await rawCall(client, "GetEdgeContainerAppVersion", {
      method: "GET",
      query: { AppId: SHOP_APP_ID, VersionId: SHOP_V1_ID },
    });
    const version = body.Version as Record<string, unknown> & {
      Containers: Record<string, unknown>[];
    };
    expect(version).toMatchObject({
      AppId: SHOP_APP_ID,
      VersionId: SHOP_V1_ID,
      Name: "v1-initial-release",
      Status: "created",
    });
    expect(version.Containers[0]).toMatchObject({
      IsACRImage: true,
      Storage: "0.5G",
      ACRImageInfo: expect.objectContaining({ RegionId: "cn-hangzhou", Tag: "1.4.2" }),
      ProbeContent: expect.objectContaining({
        HttpHeaders: '[{"Content-Type":"application/json"}]',
        Port: 3000,
      }),
    });
  });
});

describe("CreateEdgeContainerAppVersion", () => {
  it("creates a version that is `creating` first and `created` after the delay", async () => {
    const created = await client.createEdgeContainerAppVersion(
      createRequest({
        containers: [
          container(),
          container({ name: "worker", probeType: "tcpSocket" }, { port: 9000 }),
        ],
      }),
    );
    expect(created.statusCode).toBe(200);
    const versionId = created.body?.versionId ?? "";
    expect(versionId).toMatch(/^ver-\d{18}$/);
    expect(created.body?.requestId).toMatch(UPPERCASE_UUID);

    const read = () =>
      client.getEdgeContainerAppVersion(
        new $Esa.GetEdgeContainerAppVersionRequest({ appId: SHOP_APP_ID, versionId }),
      );
    const first = (await read()).body?.version;
    expect(first).toMatchObject({
      name: "v3-sandbox-test",
      remarks: "created by the sandbox tests",
      status: "creating",
    });
    expect(first?.createTime).toMatch(ISO_SECOND);
    expect(first?.containers?.map((c) => c.name)).toEqual(["web", "worker"]);
    expect(first?.containers?.[0]?.probeContent).toMatchObject({ path: "/healthz", port: 80 });

    const app = await client.getEdgeContainerApp(
      new $Esa.GetEdgeContainerAppRequest({ appId: SHOP_APP_ID }),
    );
    expect(app.body?.app?.versionCount).toBe(3);

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await read()).body?.version?.status).toBe("created");
  });

  it("accepts parameters split between the query string and the form body", async () => {
    const { statusCode, body } = await rawCall(client, "CreateEdgeContainerAppVersion", {
      query: { AppId: SHOP_APP_ID },
      body: {
        Name: "split-params",
        Containers: JSON.stringify([
          {
            Name: "web",
            Image: "nginx:1.25",
            IsACRImage: false,
            Spec: "1C2G",
            Storage: "0.5G",
            ProbeType: "tcpSocket",
            ProbeContent: { Port: 80 },
          },
        ]),
      },
    });
    expect(statusCode).toBe(200);
    expect(sandbox.store.getVersion(SHOP_APP_ID, String(body.VersionId))?.Name).toBe(
      "split-params",
    );
  });
});
