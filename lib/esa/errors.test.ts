import { describe, expect, it } from "vitest";
import { allInEnglish, inEnglish, inLocale } from "@/lib/testing/i18n";

import { EsaError, toEsaError } from "./errors";

/** The error with its message as the English UI shows it. */
const readable = (error: EsaError) => ({ ...error, message: inEnglish(error.message) });

const CREATE = {
  action: "CreateEdgeContainerAppVersion",
  endpoint: "esa.cn-hangzhou.aliyuncs.com",
  timeoutMs: 10_000,
};
const LIST = {
  action: "ListEdgeContainerApps",
  endpoint: "esa.cn-hangzhou.aliyuncs.com",
  timeoutMs: 10_000,
};

/** The shape openapi-client 0.4.15 throws for a 4xx/5xx JSON body (esa-api-facts.md, section 1). */
function serviceError(status: number, body: Record<string, unknown>): Error {
  const code = String(body.Code);
  return Object.assign(
    new Error(
      `${code}: code: ${status}, ${String(body.Message)} request id: ${String(body.RequestId)}`,
    ),
    {
      code,
      statusCode: status,
      data: { ...body, statusCode: status },
      description: "undefined",
      accessDeniedDetail: body.AccessDeniedDetail,
    },
  );
}

function nodeError(code: string, message = `connect ${code}`): Error {
  return Object.assign(new Error(message), { code });
}

describe("service errors", () => {
  const body = {
    RequestId: "0AEF-REQ",
    HostId: "esa.cn-hangzhou.aliyuncs.com",
    Code: "InvalidParameter.Name",
    Message: "The name must be 6 to 128 characters long.",
    Recommend:
      "https://api.aliyun.com/troubleshoot?q=InvalidParameter.Name&product=ESA&requestId=0AEF-REQ",
  };

  it("keeps code, status, request id and recommend, and rewrites the message for a person", () => {
    const error = toEsaError(serviceError(400, body), CREATE);
    expect(error).toBeInstanceOf(EsaError);
    expect(error).toMatchObject({
      kind: "service",
      code: "InvalidParameter.Name",
      httpStatus: 400,
      requestId: "0AEF-REQ",
      recommend: body.Recommend,
      serviceMessage: "The name must be 6 to 128 characters long",
      outcomeUnknown: false,
      retryable: false,
    });
    expect(inEnglish(error.message)).toBe(
      "ESA rejected the request: The name must be 6 to 128 characters long. Correct it and submit again.",
    );
    expect(inEnglish(error.message)).not.toContain("code: 400");
  });

  it.each([
    ["InvalidAccessKeyId.NotFound", 404, /ALIBABA_CLOUD_ACCESS_KEY_ID/],
    ["InvalidAccessKeyId.Inactive", 400, /disabled/],
    ["SignatureDoesNotMatch", 400, /ALIBABA_CLOUD_ACCESS_KEY_SECRET/],
    ["Forbidden.RAM", 403, /esa:CreateEdgeContainerAppVersion/],
    ["NoPermission", 403, /AliyunESAFullAccess/],
    ["InvalidApp.NotFound", 404, /no application with this ID/],
    ["NameAlreadyExists", 400, /Choose another name/],
  ])("gives specific advice for %s", (code, status, advice) => {
    const error = toEsaError(
      serviceError(status, { Code: code, Message: "raw", RequestId: "r" }),
      CREATE,
    );
    expect(error.kind).toBe("service");
    expect(inEnglish(error.message)).toMatch(advice);
    expect(error.retryable).toBe(false);
  });

  it("marks throttling and 5xx as retryable", () => {
    expect(
      readable(toEsaError(serviceError(400, { Code: "Throttling.User", RequestId: "r" }), LIST)),
    ).toMatchObject({
      retryable: true,
      message: expect.stringMatching(/Wait a few seconds/),
    });
    expect(
      toEsaError(serviceError(500, { Code: "InternalError", RequestId: "r" }), LIST).retryable,
    ).toBe(true);
    expect(
      toEsaError(serviceError(503, { Code: "ServiceUnavailable", RequestId: "r" }), LIST).retryable,
    ).toBe(true);
  });

  it("falls back to the service message for codes without advice", () => {
    const error = toEsaError(
      serviceError(400, { Code: "QuotaExceeded", Message: "Too many versions.", RequestId: "r" }),
      CREATE,
    );
    expect(inEnglish(error.message)).toBe(
      "ESA could not create the version (QuotaExceeded): Too many versions.",
    );
    // The service code and ESA's own words stay as they are beside the translated explanation.
    expect(inLocale("zh-CN", error.message)).toBe(
      "ESA 无法创建版本（QuotaExceeded）：Too many versions。",
    );
  });

  it("treats an error status without an ESA code as a bad response", () => {
    const e = Object.assign(new Error("undefined: code: 502"), {
      code: "undefined",
      statusCode: 502,
      data: { statusCode: 502 },
    });
    expect(toEsaError(e, LIST)).toMatchObject({
      kind: "bad-response",
      code: "HTTP502",
      httpStatus: 502,
      retryable: true,
    });
  });
});

describe("bad responses", () => {
  it("turns the SyntaxError of an HTML 502 body into bad-response, outcome unknown on a create", () => {
    const syntax = new SyntaxError("Unexpected token '<', \"<html>\" is not valid JSON");
    const onCreate = toEsaError(syntax, CREATE);
    expect(onCreate).toMatchObject({
      kind: "bad-response",
      code: "InvalidResponse",
      outcomeUnknown: true,
      retryable: false,
    });
    expect(inEnglish(onCreate.message)).toMatch(/check the version list/);
    expect(inEnglish(onCreate.message)).not.toContain("Unexpected token");
    expect(toEsaError(syntax, LIST)).toMatchObject({ outcomeUnknown: false, retryable: true });
  });
});

describe("timeouts", () => {
  it("reports httpx's RequestTimeoutError as a timeout whose outcome is unknown", () => {
    const e = Object.assign(new Error("ReadTimeout(10000). POST http://x/ failed."), {
      name: "RequestTimeoutError",
    });
    const error = toEsaError(e, CREATE);
    expect(error).toMatchObject({
      kind: "timeout",
      code: "Timeout",
      outcomeUnknown: true,
      retryable: false,
    });
    expect(inEnglish(error.message)).toBe(
      "ESA did not answer within 10 s. It may have been created anyway: check the version list before creating it again.",
    );
  });

  it("treats ETIMEDOUT the same way", () => {
    expect(toEsaError(nodeError("ETIMEDOUT"), LIST)).toMatchObject({
      kind: "timeout",
      outcomeUnknown: true,
      retryable: true,
    });
  });
});

describe("network errors", () => {
  it("says a refused connection never reached ESA", () => {
    const error = toEsaError(nodeError("ECONNREFUSED"), CREATE);
    expect(error).toMatchObject({
      kind: "network",
      code: "ECONNREFUSED",
      outcomeUnknown: false,
      retryable: true,
    });
    expect(inEnglish(error.message)).toMatch(/at esa\.cn-hangzhou\.aliyuncs\.com: the connection was refused/);
  });

  it("points at the sandbox when the refused endpoint is local", () => {
    const error = toEsaError(nodeError("ECONNREFUSED"), {
      action: "ListEdgeContainerApps",
      endpoint: "127.0.0.1:8787",
    });
    expect(inEnglish(error.message)).toMatch(/sandbox is not running/);
  });

  it("sends an unknown host to ESA_ENDPOINT, and does not retry it", () => {
    expect(readable(toEsaError(nodeError("ENOTFOUND", "getaddrinfo ENOTFOUND x"), LIST))).toMatchObject({
      kind: "network",
      retryable: false,
      message: expect.stringMatching(/Check ESA_ENDPOINT/),
    });
    expect(toEsaError(nodeError("EAI_AGAIN"), LIST).retryable).toBe(true);
  });

  it("marks a dropped connection on a create as outcome unknown, on a read as retryable", () => {
    expect(toEsaError(nodeError("ECONNRESET", "read ECONNRESET"), CREATE)).toMatchObject({
      outcomeUnknown: true,
      retryable: false,
    });
    expect(toEsaError(new Error("socket hang up"), CREATE)).toMatchObject({
      kind: "network",
      outcomeUnknown: true,
    });
    expect(toEsaError(nodeError("ECONNRESET"), LIST)).toMatchObject({
      outcomeUnknown: false,
      retryable: true,
    });
  });

  it("suggests ESA_PROTOCOL=HTTP for a TLS failure", () => {
    expect(inEnglish(toEsaError(nodeError("EPROTO"), LIST).message)).toMatch(/ESA_PROTOCOL=HTTP/);
  });
});

describe("credential failures", () => {
  it("recognises the default chain's failure without echoing it", () => {
    const e = new Error(
      'unable to get credentials from any of the providers in the chain: result: {"AccessKeySecret":"leaky"}',
    );
    const error = toEsaError(e, LIST);
    expect(error).toMatchObject({ kind: "credentials", retryable: false, outcomeUnknown: false });
    expect(inEnglish(error.message)).toMatch(/^No AccessKey found: set ALIBABA_CLOUD_ACCESS_KEY_ID/);
    expect(JSON.stringify(error.toPublic())).not.toContain("leaky");
    expect(error.cause).toBeUndefined();
  });

  it("recognises openapi-client's InvalidCredentials", () => {
    expect(
      toEsaError(Object.assign(new Error("x"), { code: "InvalidCredentials" }), LIST).kind,
    ).toBe("credentials");
  });
});

describe("EsaError", () => {
  it("passes an EsaError through unchanged", () => {
    const original = new EsaError({ kind: "config", code: "SandboxNotStarted", message: "m" });
    expect(toEsaError(original, LIST)).toBe(original);
  });

  it("serialises to plain data without stack or cause", () => {
    const error = toEsaError(
      serviceError(500, { Code: "InternalError", Message: "boom", RequestId: "R1" }),
      CREATE,
    );
    const plain = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(allInEnglish(plain)).toEqual({
      kind: "service",
      code: "InternalError",
      httpStatus: 500,
      requestId: "R1",
      serviceMessage: "boom",
      message: "ESA had an internal error and could not create the version. Try again in a moment.",
      outcomeUnknown: false,
      retryable: true,
    });
    expect(error.toPublic()).toEqual(plain);
  });

  it("turns anything unrecognised into a generic message, outcome unknown on a create", () => {
    const error = toEsaError(new TypeError("Cannot read properties of undefined"), CREATE);
    expect(error).toMatchObject({ kind: "network", code: "UnexpectedError", outcomeUnknown: true });
    expect(inEnglish(error.message)).not.toMatch(/Cannot read/);
  });
});
