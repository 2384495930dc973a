import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import EsaClient from "@alicloud/esa20240910";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import { RuntimeOptions } from "@alicloud/tea-util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCreateVersionParams, buildReadableRequest } from "./build-params";
import { emptyProbe } from "./defaults";
import { versionFormSchema } from "./request-schema";
import { type VersionForm } from "./schema";
import {
  APP_ID,
  execContainer,
  httpGetContainer,
  minimalVersion,
  tcpContainer,
  validVersion,
} from "@/lib/testing/version-fixtures";
import { toSdkRequest } from "../testing/sdk-request";

// THE proof that our builder sends what the official SDK sends. For each version, the same
// request goes out twice to a local capture server: once through @alicloud/esa20240910's
// createEdgeContainerAppVersion (fed by the mapper in lib/testing/sdk-request.ts), once as our buildCreateVersionParams
// output. The decoded form bodies must carry the same fields and the same Containers JSON.

// ---- capture server ----------------------------------------------------------------------------

type Captured = {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
};

let server: Server;
let endpoint: string;
const captured: Captured[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      captured.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ RequestId: "x", VersionId: "ver-1" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
});

function sdkClient(): EsaClient {
  return new EsaClient(
    new $OpenApiUtil.Config({
      accessKeyId: "LTAI-test-key-id",
      accessKeySecret: "test-key-secret",
      endpoint,
      protocol: "HTTP",
      connectTimeout: 5000,
      readTimeout: 5000,
    }),
  );
}

/** Sends `values` through the SDK and returns the one request the capture server received. */
async function sentBySdk(values: VersionForm): Promise<Captured> {
  const before = captured.length;
  const response = await sdkClient().createEdgeContainerAppVersion(
    toSdkRequest(buildReadableRequest(values)),
  );
  expect(response.statusCode).toBe(200);
  expect(response.body?.versionId).toBe("ver-1");
  expect(captured.length).toBe(before + 1);
  return captured.at(-1)!;
}

/** A urlencoded form body as an object; fails on a repeated field. */
function decodeForm(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    expect(out, `field ${k} sent twice`).not.toHaveProperty(k);
    out[k] = v;
  }
  return out;
}

// ---- the versions compared ---------------------------------------------------------------------

function withHooksAndAllOptionals(): VersionForm {
  const web = httpGetContainer();
  web.postStart = `sh poststart.sh "echo hello world"`;
  web.preStop = "sh prestop.sh 'echo bye'";
  web.acr = {
    isEnterpriseRegistry: true,
    domain: "1500.example.net",
    instanceId: "cri-9axbo0000",
    regionId: "cn-shanghai",
    repoId: "crr-h1ghghu60ct0000",
    repoName: "test_71",
    repoNamespace: "safeline",
    tag: "3.40.2",
    tagUrl: "registry-vpc.cn-shenzhen.aliyuncs.com/ns/repo:31",
  };
  web.probe.httpGet.host = "www.example.com";
  web.probe.httpGet.scheme = "https";
  web.env = [
    { key: "VITE_APP_TITLE", value: "My App" },
    { key: "DATABASE_URL", value: "postgres://u:p@db:5432/app?ssl=true" },
    { key: "EMPTY", value: "" },
  ];
  return {
    appId: APP_ID,
    name: "all-fields-版本",
    remarks: "Every optional field set.\nSecond line & symbols: +%=?",
    containers: [web],
  };
}

function execOnlyNoTiming(): VersionForm {
  const c = execContainer();
  c.probe = { ...emptyProbe(), exec: { command: "cat /tmp/healthy" } };
  for (const f of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds"] as const)
    c.probe[f] = "";
  c.probe.successThreshold = "1";
  c.probe.failureThreshold = "";
  return { appId: APP_ID, name: "exec-only", remarks: "", containers: [c] };
}

function httpGetPlainNoHeadersNoAcr(): VersionForm {
  const c = httpGetContainer();
  c.isAcrImage = false;
  c.image = "nginx:1.25";
  c.env = [];
  c.probe.httpGet = { path: "/", port: "80", host: "", scheme: "", headers: [] };
  return { appId: APP_ID, name: "plain-httpget", remarks: "no headers", containers: [c] };
}

function acrEnterpriseTcp(): VersionForm {
  const c = tcpContainer();
  c.isAcrImage = true;
  c.image = "ee-registry.cn-hangzhou.cr.aliyuncs.com/team/api:2.0";
  c.acr = { ...c.acr, isEnterpriseRegistry: true, instanceId: "cri-0000", regionId: "cn-hangzhou" };
  c.spec = "8C32G";
  c.storage = "30G";
  c.command = "/usr/local/bin/api";
  c.args = "--port 6379 --verbose";
  c.env = [
    { key: "A", value: "1" },
    { key: "B", value: "2" },
  ];
  return { appId: "app-88068867578379****", name: "a".repeat(128), remarks: "", containers: [c] };
}

function manyContainers(): VersionForm {
  const containers = Array.from({ length: 6 }, (_, i) => {
    const make = [httpGetContainer, execContainer, tcpContainer][i % 3]!;
    const c = make();
    c.name = `svc-${i}`;
    c.probe.failureThreshold = String(i + 1);
    return c;
  });
  return { appId: APP_ID, name: "six-containers", remarks: "r".repeat(1024), containers };
}

const VERSIONS: [string, () => VersionForm][] = [
  ["the 3-container fixture (httpGet+ACR+headers+env, exec+hooks, tcpSocket)", validVersion],
  ["the minimal version (tcpSocket, no remarks)", minimalVersion],
  [
    "every optional field set (hooks, full ACR, host, https, env with @ and =)",
    withHooksAndAllOptionals,
  ],
  ["exec only, most timing left to the service", execOnlyNoTiming],
  ["httpGet without headers or ACR, scheme left out", httpGetPlainNoHeadersNoAcr],
  ["enterprise ACR image on tcpSocket, 128-character name", acrEnterpriseTcp],
  ["six containers cycling through the probe types", manyContainers],
];

describe("buildCreateVersionParams matches the official SDK's request body", () => {
  it("the compared versions are valid and cover every probe type, ACR on/off, remarks on/off, env, headers and hooks", () => {
    const all = VERSIONS.map(([, make]) => make());
    for (const v of all) expect(versionFormSchema.safeParse(v).error?.issues ?? []).toEqual([]);
    const containers = all.flatMap((v) => v.containers);
    expect(new Set(containers.map((c) => c.probeType))).toEqual(
      new Set(["exec", "tcpSocket", "httpGet"]),
    );
    expect(new Set(containers.map((c) => c.isAcrImage))).toEqual(new Set([true, false]));
    expect(new Set(all.map((v) => v.remarks !== ""))).toEqual(new Set([true, false]));
    expect(containers.some((c) => c.env.length > 0)).toBe(true);
    expect(
      containers.some((c) => c.probeType === "httpGet" && c.probe.httpGet.headers.length > 0),
    ).toBe(true);
    expect(containers.some((c) => c.postStart !== "" && c.preStop !== "")).toBe(true);
  });

  it.each(VERSIONS)("%s", async (_, make) => {
    const values = make();
    const ours = buildCreateVersionParams(values);
    const request = await sentBySdk(values);

    // The SDK's transport, as esa-api-facts.md §1 describes it.
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/");
    expect(request.headers["x-acs-action"]).toBe("CreateEdgeContainerAppVersion");
    expect(request.headers["x-acs-version"]).toBe("2024-09-10");
    expect(request.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);

    const sdk = decodeForm(request.body);
    expect(Object.keys(sdk).sort()).toEqual(Object.keys(ours).sort());
    expect(sdk.AppId).toBe(ours.AppId);
    expect(sdk.Name).toBe(ours.Name);
    expect(sdk.Remarks).toBe(ours.Remarks);
    expect(JSON.parse(sdk.Containers!)).toEqual(JSON.parse(ours.Containers));

    // Nothing flattened on either side.
    expect(Object.keys(sdk).filter((k) => k.startsWith("Containers."))).toEqual([]);
    expect(Object.keys(ours).filter((k) => k.startsWith("Containers."))).toEqual([]);
  });

  it("agrees on JSON types inside Containers: numbers, booleans, nested objects, HttpHeaders as a string", async () => {
    const request = await sentBySdk(validVersion());
    const [web, worker, redis] = JSON.parse(decodeForm(request.body).Containers!) as Record<
      string,
      unknown
    >[];
    const webProbe = web!.ProbeContent as Record<string, unknown>;
    expect(web!.IsACRImage).toBe(true);
    expect(typeof web!.ACRImageInfo).toBe("object");
    expect(typeof webProbe).toBe("object");
    expect(webProbe.Port).toBe(8080);
    expect(webProbe.HttpHeaders).toBe(
      '[{"Content-Type":"application/json"},{"X-Health-Check":"1"}]',
    );
    expect((worker!.ProbeContent as Record<string, unknown>).InitialDelaySeconds).toBe(0);
    expect(redis!.IsACRImage).toBe(false);
    expect(redis).not.toHaveProperty("ACRImageInfo");
  });

  it("the capture server sees a flattened Containers.1.Name body when an array is handed to openapi as formData (the pitfall our builder avoids)", async () => {
    const client = sdkClient();
    const before = captured.length;
    const params = new $OpenApiUtil.Params({
      action: "CreateEdgeContainerAppVersion",
      version: "2024-09-10",
      protocol: "HTTPS",
      pathname: "/",
      method: "POST",
      authType: "AK",
      style: "RPC",
      reqBodyType: "formData",
      bodyType: "json",
    });
    const readable = buildReadableRequest(minimalVersion());
    await client.callApi(
      params,
      new $OpenApiUtil.OpenApiRequest({ body: { ...readable } }),
      new RuntimeOptions({}),
    );
    expect(captured.length).toBe(before + 1);
    const flattened = decodeForm(captured.at(-1)!.body);
    expect(flattened).not.toHaveProperty("Containers");
    expect(flattened["Containers.1.Name"]).toBe("redis");

    const ours = buildCreateVersionParams(minimalVersion());
    await client.callApi(
      params,
      new $OpenApiUtil.OpenApiRequest({ body: { ...ours } }),
      new RuntimeOptions({}),
    );
    const fixed = decodeForm(captured.at(-1)!.body);
    expect(fixed.Containers).toBe(ours.Containers);
    expect(Object.keys(fixed).sort()).toEqual(["AppId", "Containers", "Name"]);
  });
});
