import { afterEach, describe, expect, it, vi } from "vitest";
import { inEnglish } from "@/lib/testing/i18n";

import { parseServerConfig } from "@/lib/config/env";
import { startSandbox } from "@/lib/sandbox/server";
import { buildCreateVersionParams } from "@/lib/version/build-params";
import { validVersion } from "@/lib/testing/version-fixtures";

import { startEmbeddedSandbox } from "./embedded-sandbox";
import { EsaError } from "./errors";
import { freshOperations } from "@/lib/testing/fake-esa-harness";
import { clearSandbox, publishSandbox, readSandbox } from "./sandbox-holder";

// End to end against the real sandbox (lib/sandbox/server.ts), which verifies the ACS3 signature
// independently of openapi-client and validates the create with the shared request module.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  clearSandbox();
  vi.unstubAllEnvs();
  await Promise.all(closers.splice(0).map((close) => close()));
});

const recordingStart: typeof startSandbox = async (options) => {
  const sandbox = await startSandbox(options);
  closers.push(sandbox.close);
  return sandbox;
};

describe("the embedded sandbox", () => {
  it("starts once on 127.0.0.1 and publishes where it listens", async () => {
    const config = parseServerConfig({ ESA_SANDBOX_CREATING_DELAY_MS: "0" });
    const first = startEmbeddedSandbox(config, recordingStart);
    expect(readSandbox()).toBe(first);
    const endpoint = await first;
    expect(endpoint.endpoint).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(endpoint.url).toBe(`http://${endpoint.endpoint}`);
    expect(startEmbeddedSandbox(config, recordingStart)).toBe(first);
    expect(closers).toHaveLength(1);
  });

  it("explains a taken port", async () => {
    const busy = await recordingStart({ port: 0 });
    const config = parseServerConfig({ ESA_SANDBOX_PORT: String(busy.port) });
    await expect(startEmbeddedSandbox(config, recordingStart)).rejects.toThrow(
      new RegExp(
        `127\\.0\\.0\\.1:${busy.port}: the port is already in use\\. Set ESA_SANDBOX_PORT`,
      ),
    );
  });

  it("creates a version built by lib/version, then finds it by name with its containers", async () => {
    await startEmbeddedSandbox(
      parseServerConfig({ ESA_SANDBOX_CREATING_DELAY_MS: "0" }),
      recordingStart,
    );
    const ops = await freshOperations({ ESA_BACKEND: "sandbox" });

    const apps = await ops.listApps({ pageSize: 50 });
    const app = apps.items[0];
    expect(app?.appId).toMatch(/^app-/);

    const params = buildCreateVersionParams({
      ...validVersion(),
      appId: app!.appId,
      name: "roundtrip-check-1",
    });
    const created = await ops.createVersion(params);
    expect(created.versionId).toMatch(/^ver-/);

    const found = await ops.findVersionByName(app!.appId, "roundtrip-check-1");
    expect(found?.versionId).toBe(created.versionId);
    expect(found?.containers).toEqual(JSON.parse(params.Containers));

    const again = await ops.createVersion(params).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(EsaError);
    expect(again).toMatchObject({ kind: "service", code: "NameAlreadyExists", httpStatus: 400 });
  });

  it("answers a wrong secret with SignatureDoesNotMatch and specific advice", async () => {
    const sandbox = await recordingStart({ port: 0, accessKeySecret: "the-right-secret" });
    publishSandbox(
      Promise.resolve({
        endpoint: sandbox.endpoint,
        url: sandbox.url,
        accessKeyId: sandbox.accessKeyId,
        accessKeySecret: "wrong",
      }),
    );
    const ops = await freshOperations({ ESA_BACKEND: "sandbox" });
    const error = await ops.getApp("app-880688675783790000").catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: "service",
      code: "SignatureDoesNotMatch",
      retryable: false,
    });
    expect(inEnglish((error as EsaError).message)).toMatch(/ALIBABA_CLOUD_ACCESS_KEY_SECRET/);
    expect(inEnglish((error as EsaError).message)).not.toContain("wrong");
  });
});
