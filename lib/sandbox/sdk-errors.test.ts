// Every error code the sandbox can produce, as the official SDK surfaces it.
import * as $Esa from "@alicloud/esa20240910";
import type EsaClient from "@alicloud/esa20240910";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { container, createRequest, SHOP_APP_ID, UNKNOWN_APP_ID } from "@/lib/testing/sdk-fixtures";
import { outcomeOf, rawCall, sdkClientFor, UPPERCASE_UUID } from "@/lib/testing/sdk-test-client";
import { startSandbox, type RunningSandbox } from "./server";

let sandbox: RunningSandbox;
let client: EsaClient;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  client = sdkClientFor(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => {
  sandbox.store.reset("demo");
});

/** The SDK's error carries the parsed gateway body in `data`. */
async function errorOf(
  promise: Promise<unknown>,
): Promise<{ code: unknown; statusCode: unknown; data: Record<string, unknown> }> {
  const outcome = await outcomeOf(promise);
  if (outcome.ok) throw new Error("expected the call to fail, it succeeded");
  return {
    code: outcome.error.code,
    statusCode: outcome.error.statusCode,
    data: outcome.error.data as Record<string, unknown>,
  };
}

describe("gateway error format", () => {
  it("has RequestId, HostId, Code, Message and a Recommend link naming code and request", async () => {
    const { data } = await errorOf(
      client.getEdgeContainerApp(new $Esa.GetEdgeContainerAppRequest({ appId: UNKNOWN_APP_ID })),
    );
    expect(data.RequestId).toMatch(UPPERCASE_UUID);
    expect(data).toMatchObject({
      HostId: "esa.cn-hangzhou.aliyuncs.com",
      Code: "InvalidApp.NotFound",
    });
    expect(data.Recommend).toBe(
      `https://api.aliyun.com/troubleshoot?q=InvalidApp.NotFound&product=ESA&requestId=${String(data.RequestId)}`,
    );
  });

  it("is served as application/json;charset=utf-8", async () => {
    const response = await fetch(`${sandbox.url}/`, {
      method: "POST",
      headers: { "x-acs-action": "ListEdgeContainerApps", "x-acs-version": "2024-09-10" },
    });
    expect(response.headers.get("content-type")).toBe("application/json;charset=utf-8");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Code: "IncompleteSignature" });
  });
});

describe("signature and routing errors", () => {
  it("a wrong secret gets SignatureDoesNotMatch (400)", async () => {
    const wrong = sdkClientFor(sandbox, { accessKeySecret: "not-the-secret" });
    const error = await errorOf(
      wrong.listEdgeContainerApps(new $Esa.ListEdgeContainerAppsRequest({})),
    );
    expect(error).toMatchObject({ code: "SignatureDoesNotMatch", statusCode: 400 });
  });

  it("an unknown AccessKey ID gets InvalidAccessKeyId.NotFound (404)", async () => {
    const stranger = sdkClientFor(sandbox, { accessKeyId: "LTAI5tSomeoneElse" });
    const error = await errorOf(
      stranger.listEdgeContainerApps(new $Esa.ListEdgeContainerAppsRequest({})),
    );
    expect(error).toMatchObject({ code: "InvalidAccessKeyId.NotFound", statusCode: 404 });
  });

  it("a request dated more than 15 minutes away from the server clock is expired", async () => {
    const skewed = await startSandbox({ port: 0, now: () => Date.now() + 20 * 60_000 });
    try {
      const error = await errorOf(
        sdkClientFor(skewed).listEdgeContainerApps(new $Esa.ListEdgeContainerAppsRequest({})),
      );
      expect(error).toMatchObject({ code: "InvalidTimeStamp.Expired", statusCode: 400 });
    } finally {
      await skewed.close();
    }
  });

  it("an unknown action gets InvalidAction.NotFound (404)", async () => {
    const error = await errorOf(
      rawCall(client, "DeleteEdgeContainerApp", { query: { AppId: SHOP_APP_ID } }),
    );
    expect(error).toMatchObject({ code: "InvalidAction.NotFound", statusCode: 404 });
  });

  it("another API version is refused", async () => {
    const error = await errorOf(
      rawCall(client, "ListEdgeContainerApps", { version: "2022-01-01" }),
    );
    expect(error).toMatchObject({ code: "InvalidVersion", statusCode: 400 });
  });
});

describe("parameter errors on the read calls", () => {
  it.each([
    ["PageSize", { PageSize: "501" }],
    ["PageNumber", { PageNumber: "0" }],
    ["OrderKey", { OrderKey: "Size" }],
    ["OrderType", { OrderType: "UP" }],
    ["SearchType", { SearchType: "Remarks", SearchKey: "x" }],
  ])("ListEdgeContainerApps with a bad %s gets InvalidParameter naming it", async (name, query) => {
    const error = await errorOf(rawCall(client, "ListEdgeContainerApps", { query }));
    expect(error).toMatchObject({ code: "InvalidParameter", statusCode: 400 });
    expect(error.data.Message).toContain(`"${name}"`);
  });

  it("ListEdgeContainerAppVersions caps PageSize at 100", async () => {
    const request = new $Esa.ListEdgeContainerAppVersionsRequest({
      appId: SHOP_APP_ID,
      pageSize: 101,
    });
    const error = await errorOf(client.listEdgeContainerAppVersions(request));
    expect(error).toMatchObject({ code: "InvalidParameter", statusCode: 400 });
    expect(error.data.Message).toContain('"PageSize"');
  });

  it("a missing AppId gets MissingParameter with the gateway's wording", async () => {
    const error = await errorOf(
      client.getEdgeContainerApp(new $Esa.GetEdgeContainerAppRequest({})),
    );
    expect(error).toMatchObject({ code: "MissingParameter", statusCode: 400 });
    expect(error.data.Message).toBe(
      'The input parameter "AppId" that is mandatory for processing this request is not supplied.',
    );
    const versions = await errorOf(
      client.listEdgeContainerAppVersions(new $Esa.ListEdgeContainerAppVersionsRequest({})),
    );
    expect(versions).toMatchObject({ code: "MissingParameter" });
  });

  it("unknown apps and versions are 404s", async () => {
    const listUnknown = new $Esa.ListEdgeContainerAppVersionsRequest({ appId: UNKNOWN_APP_ID });
    expect(await errorOf(client.listEdgeContainerAppVersions(listUnknown))).toMatchObject({
      code: "InvalidApp.NotFound",
      statusCode: 404,
    });
    const versionOfUnknownApp = new $Esa.GetEdgeContainerAppVersionRequest({
      appId: UNKNOWN_APP_ID,
      versionId: "ver-100000000000000101",
    });
    expect(await errorOf(client.getEdgeContainerAppVersion(versionOfUnknownApp))).toMatchObject({
      code: "InvalidApp.NotFound",
      statusCode: 404,
    });
    const unknownVersion = new $Esa.GetEdgeContainerAppVersionRequest({
      appId: SHOP_APP_ID,
      versionId: "ver-999999999999999999",
    });
    expect(await errorOf(client.getEdgeContainerAppVersion(unknownVersion))).toMatchObject({
      code: "InvalidVersion.NotFound",
      statusCode: 404,
    });
  });
});

describe("CreateEdgeContainerAppVersion errors (documented on the reference page)", () => {
  const create = (request: $Esa.CreateEdgeContainerAppVersionRequest) =>
    errorOf(client.createEdgeContainerAppVersion(request));

  it.each([
    ["InvalidParameter.Name", createRequest({ name: "v1" })],
    [
      "InvalidParameter.Image",
      createRequest({ containers: [container({ image: "nginx@sha256:abc" })] }),
    ],
    [
      "InvalidParameter.HttpHeaders",
      createRequest({
        containers: [container({}, { httpHeaders: '[{"X-Mail":"ops@example.com"}]' })],
      }),
    ],
    ["InvalidParameter.appid", createRequest({ appId: "app-123" })],
    ["ParameterAlreadyExist", createRequest({ containers: [container(), container()] })],
    ["InvalidParameter", createRequest({ containers: [container({ spec: "3C6G" })] })],
  ])("answers %s (400)", async (code, request) => {
    const error = await create(request);
    expect(error).toMatchObject({ code, statusCode: 400 });
    expect(typeof error.data.Message).toBe("string");
  });

  it("answers InvalidParameter for Containers that are not JSON", async () => {
    const error = await errorOf(
      rawCall(client, "CreateEdgeContainerAppVersion", {
        body: { AppId: SHOP_APP_ID, Name: "not-json-containers", Containers: "[{oops" },
      }),
    );
    expect(error).toMatchObject({ code: "InvalidParameter", statusCode: 400 });
  });

  it("answers MissingParameter when Containers is absent", async () => {
    const error = await create(
      new $Esa.CreateEdgeContainerAppVersionRequest({ appId: SHOP_APP_ID, name: "no-containers" }),
    );
    expect(error).toMatchObject({ code: "MissingParameter", statusCode: 400 });
    expect(error.data.Message).toContain('"Containers"');
  });

  it("answers InvalidApp.NotFound (404) for a well-formed but unknown app", async () => {
    expect(await create(createRequest({ appId: UNKNOWN_APP_ID }))).toMatchObject({
      code: "InvalidApp.NotFound",
      statusCode: 404,
    });
  });

  it("answers NameAlreadyExists (400) for a name the app already has, and creates nothing", async () => {
    const error = await create(createRequest({ name: "v1-initial-release" }));
    expect(error).toMatchObject({ code: "NameAlreadyExists", statusCode: 400 });
    expect(sandbox.store.getApp(SHOP_APP_ID)?.VersionCount).toBe(2);
  });

  it("the same name is fine in another app", async () => {
    const ok = await client.createEdgeContainerAppVersion(
      createRequest({ appId: "app-880688675783790004", name: "v1-initial-release" }),
    );
    expect(ok.body?.versionId).toMatch(/^ver-\d{18}$/);
  });
});
