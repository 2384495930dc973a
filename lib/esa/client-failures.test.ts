import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";
import { inEnglish } from "@/lib/testing/i18n";

import { EsaError } from "./errors";
import { freshOperations, sandboxHarness, type Harness } from "@/lib/testing/fake-esa-harness";
import { startFakeEsa, unusedPort, type FakeEsa } from "@/lib/testing/fake-esa-server";
import { clearSandbox, publishSandbox } from "./sandbox-holder";

// Transport failures, credentials and configuration, each normalised into one EsaError.

let h: Harness | undefined;
let fake: FakeEsa | undefined;
afterEach(async () => {
  await h?.close();
  await fake?.close();
  h = fake = undefined;
  clearSandbox();
  vi.unstubAllEnvs();
});

const CREATE = { AppId: "app-1", Name: "release-1", Containers: '[{"Name":"web"}]' };

async function rejectionOf(promise: Promise<unknown>): Promise<EsaError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EsaError);
  return error as EsaError;
}

describe("timeouts", () => {
  it("reports a create slower than the read timeout as a timeout with unknown outcome, sent once", async () => {
    h = await sandboxHarness({ ESA_READ_TIMEOUT_MS: "300", ESA_CONNECT_TIMEOUT_MS: "300" });
    h.fake.script({ delayMs: 5000, json: { RequestId: "late", VersionId: "ver-late" } });
    const started = Date.now();
    const error = await rejectionOf(h.ops.createVersion(CREATE));
    // Well under the server's 5 s: the client gave up on its own (first call also loads modules).
    expect(Date.now() - started).toBeLessThan(4000);
    expect(error).toMatchObject({ kind: "timeout", outcomeUnknown: true, retryable: false });
    expect(inEnglish(error.message)).toMatch(/did not answer within 0\.3 s.*check the version list/);
    expect(h.fake.requests).toHaveLength(1);
  });

  it("does not let a short connect timeout cut off a slow but healthy answer", async () => {
    // openapi-client applies connectTimeout as a socket idle timeout too (esa-api-facts.md, section 2).
    h = await sandboxHarness({ ESA_CONNECT_TIMEOUT_MS: "100", ESA_READ_TIMEOUT_MS: "3000" });
    h.fake.script({ delayMs: 600, json: { RequestId: "R", VersionId: "ver-slow" } });
    expect((await h.ops.createVersion(CREATE)).versionId).toBe("ver-slow");
  });
});

describe("connections", () => {
  it("reports a refused connection as network, outcome known, never arrived", async () => {
    const port = await unusedPort();
    publishSandbox(
      Promise.resolve({
        endpoint: `127.0.0.1:${port}`,
        url: "",
        accessKeyId: "a",
        accessKeySecret: "b",
      }),
    );
    const ops = await freshOperations({ ESA_BACKEND: "sandbox" });
    const error = await rejectionOf(ops.createVersion(CREATE));
    expect(error).toMatchObject({ kind: "network", code: "ECONNREFUSED", outcomeUnknown: false });
    expect(inEnglish(error.message)).toMatch(/sandbox is not running/);
  });

  it("reports a connection destroyed mid-create as outcome unknown, sent once", async () => {
    h = await sandboxHarness();
    h.fake.script({ destroy: true });
    const error = await rejectionOf(h.ops.createVersion(CREATE));
    expect(error).toMatchObject({
      kind: "network",
      code: "ECONNRESET",
      outcomeUnknown: true,
      retryable: false,
    });
    expect(inEnglish(error.message)).toMatch(/check the version list/);
    expect(h.fake.requests).toHaveLength(1);
  });

  it("reports an unknown host as a network error naming ESA_ENDPOINT", async () => {
    const ops = await freshOperations({
      ESA_BACKEND: "aliyun",
      ESA_ENDPOINT: "no-such-host.invalid",
      ESA_PROTOCOL: "HTTP",
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIunknownHost",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "unknown-host-secret",
    });
    const error = await rejectionOf(ops.listApps());
    expect(error.kind).toBe("network");
    // ENOTFOUND normally; EAI_AGAIN where the machine has no resolver at all.
    expect(["ENOTFOUND", "EAI_AGAIN"]).toContain(error.code);
    expect(inEnglish(error.message)).toMatch(/no-such-host\.invalid.*Check ESA_ENDPOINT/);
  });
});

describe("aliyun mode credentials", () => {
  it("signs with the default chain's environment AccessKey", async () => {
    fake = await startFakeEsa();
    fake.script({ json: { RequestId: "R", TotalCount: 0, Apps: [] } });
    const ops = await freshOperations({
      ESA_ENDPOINT: fake.endpoint,
      ESA_PROTOCOL: "http",
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIfromEnvironment",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "env-secret",
      ALIBABA_CLOUD_SECURITY_TOKEN: undefined,
    });
    await ops.listApps();
    expect(fake.requests[0]?.headers.authorization).toMatch(
      /^ACS3-HMAC-SHA256 Credential=LTAIfromEnvironment,/,
    );
    expect(await ops.getBackendInfo()).toEqual({
      mode: "aliyun",
      endpoint: fake.endpoint,
      protocol: "HTTP",
    });
  });

  it("reports an empty chain as a credentials error and sends nothing", async () => {
    fake = await startFakeEsa();
    const emptyHome = await mkdtemp(join(tmpdir(), "esa-no-credentials-"));
    const ops = await freshOperations({
      ESA_BACKEND: "aliyun",
      ESA_ENDPOINT: fake.endpoint,
      ESA_PROTOCOL: "HTTP",
      HOME: emptyHome,
      ALIBABA_CLOUD_ACCESS_KEY_ID: undefined,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: undefined,
      ALIBABA_CLOUD_SECURITY_TOKEN: undefined,
      ALIBABA_CLOUD_CREDENTIALS_FILE: undefined,
      ALIBABA_CLOUD_CREDENTIALS_URI: undefined,
      ALIBABA_CLOUD_ROLE_ARN: undefined,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: undefined,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: undefined,
      ALIBABA_CLOUD_CLI_PROFILE_DISABLED: "true",
      // Otherwise the chain asks the ECS metadata service, which does not exist here.
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
    });
    const error = await rejectionOf(ops.listApps());
    expect(error).toMatchObject({ kind: "credentials", retryable: false });
    expect(inEnglish(error.message)).toMatch(/^No AccessKey found: set ALIBABA_CLOUD_ACCESS_KEY_ID/);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("configuration", () => {
  it("reports an invalid environment as a config error", async () => {
    const ops = await freshOperations({ ESA_PROTOCOL: "gopher" });
    const error = await rejectionOf(ops.listApps());
    expect(error).toMatchObject({ kind: "config", code: "InvalidConfiguration" });
    expect(inEnglish(error.message)).toMatch(/ESA_PROTOCOL must be/);
  });

  it("reports sandbox mode without a started sandbox", async () => {
    const ops = await freshOperations({ ESA_BACKEND: "sandbox" });
    const error = await rejectionOf(ops.getBackendInfo());
    expect(error).toMatchObject({ kind: "config", code: "SandboxNotStarted" });
    expect(inEnglish(error.message)).toMatch(/instrumentation\.ts/);
  });

  it("reports a sandbox that failed to start", async () => {
    publishSandbox(Promise.reject(new Error("listen EADDRINUSE")));
    const ops = await freshOperations({ ESA_BACKEND: "sandbox" });
    const error = await rejectionOf(ops.listApps());
    expect(error).toMatchObject({ kind: "config", code: "SandboxNotStarted" });
    expect(inEnglish(error.message)).toMatch(/failed to start/);
  });
});
