import OpenApi, { Config, OpenApiRequest, Params } from "@alicloud/openapi-client";
import EsaClient, * as $Esa from "@alicloud/esa20240910";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import { RuntimeOptions } from "@alicloud/tea-util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startCaptureServer, type CaptureServer } from "@/lib/testing/capture-server";
import {
  buildCanonicalRequest,
  canonicalHeaderBlock,
  canonicalQueryString,
  parseRawQuery,
  sha256Hex,
  signStringToSign,
} from "./canonical-request";
import {
  createSignatureVerifier,
  type SignedRequest,
  type SignatureVerifierOptions,
} from "./signature";

const AK = "LTAI5tSignatureTest";
const SECRET = "signature-test-secret";
const lookupSecret = (id: string) => (id === AK ? SECRET : undefined);

function verifier(overrides: Partial<SignatureVerifierOptions> = {}) {
  return createSignatureVerifier({ lookupSecret, ...overrides });
}

describe("official V3 test vector", () => {
  // Alibaba Cloud's V3 signature documentation, as quoted in esa-api-facts.md section 2.
  const headers = {
    host: "ecs.cn-shanghai.aliyuncs.com",
    "x-acs-action": "RunInstances",
    "x-acs-content-sha256": sha256Hex(""),
    "x-acs-date": "2023-10-26T10:22:32Z",
    "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
    "x-acs-version": "2014-05-26",
  };
  const signed = [
    "host",
    "x-acs-action",
    "x-acs-content-sha256",
    "x-acs-date",
    "x-acs-signature-nonce",
    "x-acs-version",
  ];
  const query = "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai";

  it("reproduces the hashed canonical request and the signature exactly", () => {
    const block = canonicalHeaderBlock(headers, signed);
    if (!block.ok) throw new Error(`missing ${block.missing}`);
    const canonical = buildCanonicalRequest({
      method: "POST",
      canonicalUri: "/",
      canonicalQuery: canonicalQueryString(parseRawQuery(query) ?? []),
      canonicalHeaders: block.block,
      signedHeaders: signed,
      payloadHash: sha256Hex(""),
    });
    expect(sha256Hex(canonical)).toBe(
      "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259",
    );
    expect(
      signStringToSign("YourAccessKeySecret", `ACS3-HMAC-SHA256\n${sha256Hex(canonical)}`),
    ).toBe("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
  });

  it("accepts the vector request end to end when the clock reads its date", () => {
    const verify = createSignatureVerifier({
      lookupSecret: (id) => (id === "YourAccessKeyId" ? "YourAccessKeySecret" : undefined),
      now: () => Date.parse("2023-10-26T10:25:00Z"),
    });
    const authorization =
      "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=" +
      `${signed.join(";")},Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0`;
    const result = verify({
      method: "POST",
      url: `/?${query}`,
      headers: { ...headers, authorization },
      body: Buffer.alloc(0),
    });
    expect(result).toEqual({ ok: true, accessKeyId: "YourAccessKeyId" });
  });
});

describe("requests signed by real clients", () => {
  let capture: CaptureServer;
  beforeEach(async () => {
    capture = await startCaptureServer();
  });
  afterEach(async () => {
    await capture.close();
  });

  async function signWithOpenApiClient(): Promise<SignedRequest> {
    const client = new OpenApi(
      new Config({
        accessKeyId: AK,
        accessKeySecret: SECRET,
        endpoint: capture.endpoint,
        protocol: "HTTP",
        readTimeout: 5000,
        connectTimeout: 5000,
      }),
    );
    const params = new Params({
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
    const containers = [
      {
        Name: "web",
        Image: "nginx:1.25",
        Command: "sh -c 'echo ä & done'",
        ProbeContent: { Path: "/?a=b c" },
      },
    ];
    await client.callApi(
      params,
      new OpenApiRequest({
        query: { Note: "spaces and *stars* (~)" },
        body: {
          AppId: "app-880688675783790000",
          Name: "v1 release",
          Containers: JSON.stringify(containers),
        },
      }),
      new RuntimeOptions({}),
    );
    const request = capture.requests[0];
    if (!request) throw new Error("openapi-client sent nothing");
    return request;
  }

  async function signWithEsaSdk(): Promise<SignedRequest[]> {
    const client = new EsaClient(
      new $OpenApiUtil.Config({
        accessKeyId: AK,
        accessKeySecret: SECRET,
        endpoint: capture.endpoint,
        protocol: "HTTP",
        readTimeout: 5000,
        connectTimeout: 5000,
      }),
    );
    await client.listEdgeContainerAppVersions(
      new $Esa.ListEdgeContainerAppVersionsRequest({
        appId: "app-880688675783790000",
        searchKey: "rel ease*",
        searchType: "Name",
        pageSize: 5,
      }),
    );
    await client.createEdgeContainerAppVersion(
      new $Esa.CreateEdgeContainerAppVersionRequest({
        appId: "app-880688675783790000",
        name: "release-2024",
        containers: [
          new $Esa.CreateEdgeContainerAppVersionRequestContainers({
            name: "web",
            image: "nginx:1.25",
            isACRImage: false,
            spec: "1C2G",
            storage: "0.5G",
            probeType: "tcpSocket",
            probeContent: new $Esa.CreateEdgeContainerAppVersionRequestContainersProbeContent({
              port: 80,
            }),
          }),
        ],
      }),
    );
    return capture.requests;
  }

  it("accepts @alicloud/openapi-client 0.4.15 (chunked form body, query with reserved characters)", async () => {
    const request = await signWithOpenApiClient();
    expect(request.headers["transfer-encoding"]).toEqual(["chunked"]);
    expect(request.url).toContain("Note=");
    expect(verifier()(request)).toEqual({ ok: true, accessKeyId: AK });
  });

  it("accepts the official @alicloud/esa20240910 SDK for a GET with query and a POST with a body", async () => {
    const [list, create] = await signWithEsaSdk();
    if (!list || !create) throw new Error("the SDK sent fewer than two requests");
    expect(list.method).toBe("GET");
    expect(create.body.length).toBeGreaterThan(0);
    const verify = verifier();
    expect(verify(list)).toEqual({ ok: true, accessKeyId: AK });
    expect(verify(create)).toEqual({ ok: true, accessKeyId: AK });
  });

  describe("rejections", () => {
    let request: SignedRequest;
    beforeEach(async () => {
      request = await signWithOpenApiClient();
    });

    it("a tampered body fails the content hash check", () => {
      const tampered = {
        ...request,
        body: Buffer.from(request.body.toString("utf8").replace("nginx", "evil!")),
      };
      expect(verifier()(tampered)).toMatchObject({
        ok: false,
        status: 400,
        code: "IncompleteSignature",
      });
    });

    it("a tampered body with a recomputed content hash fails the signature", () => {
      const body = Buffer.from(request.body.toString("utf8").replace("nginx", "evil!"));
      const tampered = {
        ...request,
        body,
        headers: { ...request.headers, "x-acs-content-sha256": sha256Hex(body) },
      };
      expect(verifier()(tampered)).toMatchObject({
        ok: false,
        status: 400,
        code: "SignatureDoesNotMatch",
      });
    });

    it("a tampered signed header fails the signature", () => {
      const tampered = {
        ...request,
        headers: { ...request.headers, "x-acs-action": "DeleteEdgeContainerApp" },
      };
      expect(verifier()(tampered)).toMatchObject({
        ok: false,
        status: 400,
        code: "SignatureDoesNotMatch",
      });
    });

    it("a tampered query fails the signature", () => {
      const tampered = { ...request, url: request.url.replace("Note=", "Note=x") };
      expect(verifier()(tampered)).toMatchObject({ ok: false, code: "SignatureDoesNotMatch" });
    });

    it("a date more than 15 minutes off either way is expired", () => {
      const ahead = verifier({ now: () => Date.now() + 16 * 60_000 })(request);
      const behind = verifier({ now: () => Date.now() - 16 * 60_000 })(request);
      expect(ahead).toMatchObject({ ok: false, status: 400, code: "InvalidTimeStamp.Expired" });
      expect(behind).toMatchObject({ ok: false, status: 400, code: "InvalidTimeStamp.Expired" });
      expect(verifier({ now: () => Date.now() + 14 * 60_000 })(request)).toMatchObject({
        ok: true,
      });
    });

    it("a replayed nonce is refused", () => {
      const verify = verifier();
      expect(verify(request)).toMatchObject({ ok: true });
      expect(verify(request)).toMatchObject({ ok: false, status: 400, code: "SignatureNonceUsed" });
    });

    it("a wrong secret does not match", () => {
      const result = verifier({ lookupSecret: (id) => (id === AK ? "another-secret" : undefined) })(
        request,
      );
      expect(result).toMatchObject({ ok: false, status: 400, code: "SignatureDoesNotMatch" });
    });

    it("an unknown AccessKey ID is not found", () => {
      const result = verifier({ lookupSecret: () => undefined })(request);
      expect(result).toMatchObject({ ok: false, status: 404, code: "InvalidAccessKeyId.NotFound" });
    });

    it("a missing or malformed Authorization header is incomplete", () => {
      const { authorization, ...rest } = request.headers;
      expect(authorization).toBeDefined();
      expect(verifier()({ ...request, headers: rest })).toMatchObject({
        code: "IncompleteSignature",
      });
      const garbled = {
        ...request,
        headers: { ...request.headers, authorization: "ACS3-HMAC-SHA256 nonsense" },
      };
      expect(verifier()(garbled)).toMatchObject({ code: "IncompleteSignature" });
    });

    it.each(["x-acs-signature-nonce", "x-acs-action", "x-acs-date", "x-acs-content-sha256"])(
      "a signature that leaves out %s is incomplete",
      (header) => {
        const auth = String(request.headers.authorization);
        const without = auth.replace(`;${header}`, "");
        expect(without).not.toBe(auth);
        const result = verifier()({
          ...request,
          headers: { ...request.headers, authorization: without },
        });
        expect(result).toMatchObject({ ok: false, code: "IncompleteSignature" });
        expect(result.ok || result.message).toContain(header);
      },
    );

    it("a signed header absent from the request is incomplete", () => {
      const { "x-acs-version": version, ...rest } = request.headers;
      expect(version).toBeDefined();
      expect(verifier()({ ...request, headers: rest })).toMatchObject({
        ok: false,
        code: "IncompleteSignature",
      });
    });
  });
});
