import { afterEach, describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/i18n";

import { EsaError } from "./errors";
import { sandboxHarness, type Harness } from "@/lib/testing/fake-esa-harness";

// Reads are retried on transient failures; a create is sent exactly once whatever happens,
// because a blind retry could create a second version.

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const CREATE = { AppId: "app-1", Name: "release-1", Containers: '[{"Name":"web"}]' };
const internalError = {
  status: 500,
  json: {
    RequestId: "R500",
    Code: "InternalError",
    Message: "The request processing has failed due to some unknown error.",
  },
};
const html502 = { status: 502, html: "<html><body><h1>502 Bad Gateway</h1></body></html>" };

async function rejectionOf(promise: Promise<unknown>): Promise<EsaError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EsaError);
  return error as EsaError;
}

describe("create is never retried", () => {
  it("sends exactly one request on a 500", async () => {
    h = await sandboxHarness();
    h.fake.script(internalError);
    const error = await rejectionOf(h.ops.createVersion(CREATE));
    expect(error).toMatchObject({
      kind: "service",
      code: "InternalError",
      httpStatus: 500,
      requestId: "R500",
    });
    expect(h.fake.requests).toHaveLength(1);
  });

  it("sends exactly one request on an HTML 502 and reports the outcome as unknown", async () => {
    h = await sandboxHarness();
    h.fake.script(html502);
    const error = await rejectionOf(h.ops.createVersion(CREATE));
    expect(error).toMatchObject({ kind: "bad-response", outcomeUnknown: true });
    expect(inEnglish(error.message)).not.toMatch(/<html>|Unexpected token/);
    expect(h.fake.requests).toHaveLength(1);
  });

  it("sends exactly one request when throttled", async () => {
    h = await sandboxHarness();
    h.fake.script({
      status: 400,
      json: {
        RequestId: "R",
        Code: "Throttling.User",
        Message: "Request was denied due to user flow control.",
      },
    });
    await rejectionOf(h.ops.createVersion(CREATE));
    expect(h.fake.requests).toHaveLength(1);
  });
});

describe("reads retry", () => {
  it("retries a 500 twice, then reports the service error", async () => {
    h = await sandboxHarness();
    h.fake.script(internalError);
    const error = await rejectionOf(h.ops.listApps());
    expect(error).toMatchObject({ kind: "service", code: "InternalError", retryable: true });
    expect(h.fake.requests).toHaveLength(3);
  });

  it("succeeds when a retry does", async () => {
    h = await sandboxHarness();
    h.fake.script(
      { status: 503, json: { RequestId: "R", Code: "ServiceUnavailable", Message: "busy" } },
      { status: 400, json: { RequestId: "R", Code: "Throttling.User", Message: "slow down" } },
      { json: { RequestId: "OK", TotalCount: 0, Apps: [] } },
    );
    expect((await h.ops.listApps()).requestId).toBe("OK");
    expect(h.fake.requests).toHaveLength(3);
  });

  it("retries an HTML 502 from a proxy", async () => {
    h = await sandboxHarness();
    h.fake.script(html502, { json: { RequestId: "OK", Version: { VersionId: "ver-1" } } });
    expect((await h.ops.getVersion("app-1", "ver-1")).version.versionId).toBe("ver-1");
    expect(h.fake.requests).toHaveLength(2);
  });

  it("does not retry a request the service rejected", async () => {
    h = await sandboxHarness();
    h.fake.script({
      status: 404,
      json: { RequestId: "R", Code: "InvalidApp.NotFound", Message: "The app does not exist." },
    });
    const error = await rejectionOf(h.ops.getApp("app-missing"));
    expect(error).toMatchObject({
      kind: "service",
      code: "InvalidApp.NotFound",
      httpStatus: 404,
      retryable: false,
    });
    expect(h.fake.requests).toHaveLength(1);
  });

  it("retries a dropped connection on a read", async () => {
    h = await sandboxHarness();
    h.fake.script(
      { destroy: true },
      { destroy: true },
      { json: { RequestId: "OK", TotalCount: 0, Versions: [] } },
    );
    expect((await h.ops.listVersions("app-1")).requestId).toBe("OK");
    expect(h.fake.requests).toHaveLength(3);
  });
});
