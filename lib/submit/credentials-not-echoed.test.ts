import { inspect } from "node:util";

import { afterEach, describe, expect, it, vi } from "vitest";

import { parseServerConfig, ServerConfigError } from "@/lib/config/env";
import { EsaError } from "@/lib/esa/errors";
import { clearSandbox, publishSandbox } from "@/lib/esa/sandbox-holder";
import { SANDBOX_ACCESS_KEY_ID } from "@/lib/sandbox/defaults";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";
import { validVersion } from "@/lib/testing/version-fixtures";

// A rejected credential must not come back in anything a person or a log sees: the EsaError's
// message, its public JSON, the whole error as a logger would print it (cause chain included),
// the server action's result, or anything written to the console meanwhile.

const KNOWN_SECRET = "kS3cr3t-Zq81vW0pL5xR7nT2-do-not-echo";
const KNOWN_KEY_ID = "LTAI5tKnownKeyIdForLeakCheck";

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  clearSandbox();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await sandbox?.close();
  sandbox = undefined;
});

/** Everything written through console.* while `run` executes. */
async function capturingConsole<T>(run: () => Promise<T>): Promise<{ value: T; output: string }> {
  const lines: string[] = [];
  for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(
        args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 10 }))).join(" "),
      );
    });
  }
  const value = await run();
  return { value, output: lines.join("\n") };
}

function expectNoSecret(error: unknown, ...more: string[]): void {
  expect(error).toBeInstanceOf(EsaError);
  const e = error as EsaError;
  for (const text of [
    e.message,
    JSON.stringify(e.toPublic()),
    JSON.stringify(e),
    String(e),
    e.stack ?? "",
    inspect(e, { depth: 10, showHidden: true }),
    ...more,
  ]) {
    expect(text).not.toContain(KNOWN_SECRET);
  }
}

/** Points lib/esa (sandbox mode) at a sandbox that accepts other credentials than the ones sent. */
async function sandboxRejecting(sent: { accessKeyId: string; accessKeySecret: string }) {
  sandbox = await startSandbox({ port: 0, creatingDelayMs: 0, accessKeySecret: "the-right-one" });
  publishSandbox(Promise.resolve({ endpoint: sandbox.endpoint, url: sandbox.url, ...sent }));
  vi.stubEnv("ESA_BACKEND", "sandbox");
  vi.resetModules();
  return {
    ops: await import("@/lib/esa/operations"),
    submitVersion: (await import("./submit-version")).submitVersion,
    appId: sandbox.store.listApps()[0]!.AppId,
  };
}

describe("a rejected credential is not echoed", () => {
  it("SignatureDoesNotMatch: the wrong secret appears in no error, result or log line", async () => {
    const { ops, submitVersion, appId } = await sandboxRejecting({
      accessKeyId: SANDBOX_ACCESS_KEY_ID,
      accessKeySecret: KNOWN_SECRET,
    });
    const { value: error, output } = await capturingConsole(() =>
      ops.getApp(appId).catch((e: unknown) => e),
    );
    expect(error).toMatchObject({ code: "SignatureDoesNotMatch" });
    expectNoSecret(error, output);

    const submitted = await capturingConsole(() => submitVersion({ ...validVersion(), appId }));
    expect(submitted.value).toMatchObject({ ok: false, code: "SignatureDoesNotMatch" });
    expect(JSON.stringify(submitted.value)).not.toContain(KNOWN_SECRET);
    expect(submitted.output).not.toContain(KNOWN_SECRET);
  });

  it("InvalidAccessKeyId.NotFound: neither the secret nor the rejected pair leaks", async () => {
    const { ops, submitVersion, appId } = await sandboxRejecting({
      accessKeyId: KNOWN_KEY_ID,
      accessKeySecret: KNOWN_SECRET,
    });
    const { value: error, output } = await capturingConsole(() =>
      ops.createVersion({ AppId: appId, Name: "leak-check", Containers: "[]" }).catch((e) => e),
    );
    expect(error).toMatchObject({ code: "InvalidAccessKeyId.NotFound", httpStatus: 404 });
    expectNoSecret(error, output);

    const submitted = await capturingConsole(() => submitVersion({ ...validVersion(), appId }));
    expect(submitted.value).toMatchObject({ ok: false, code: "InvalidAccessKeyId.NotFound" });
    expect(JSON.stringify(submitted.value)).not.toContain(KNOWN_SECRET);
    expect(submitted.output).not.toContain(KNOWN_SECRET);
  });

  it("aliyun mode: a secret from ALIBABA_CLOUD_ACCESS_KEY_SECRET is not echoed when rejected", async () => {
    sandbox = await startSandbox({ port: 0, creatingDelayMs: 0 });
    vi.stubEnv("ESA_BACKEND", "aliyun");
    vi.stubEnv("ESA_ENDPOINT", sandbox.endpoint);
    vi.stubEnv("ESA_PROTOCOL", "HTTP");
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", sandbox.accessKeyId);
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", KNOWN_SECRET);
    vi.resetModules();
    const ops = await import("@/lib/esa/operations");
    const { value: error, output } = await capturingConsole(() =>
      ops.listApps().catch((e: unknown) => e),
    );
    expect(error).toMatchObject({ code: "SignatureDoesNotMatch" });
    expectNoSecret(error, output);
  });

  it("a malformed sandbox secret in the environment is named, not shown", () => {
    const secret = `${KNOWN_SECRET} with spaces`;
    let error: unknown;
    try {
      parseServerConfig({ ESA_SANDBOX_ACCESS_KEY_SECRET: secret });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServerConfigError);
    expect((error as ServerConfigError).message).toMatch(/ESA_SANDBOX_ACCESS_KEY_SECRET/);
    expect(inspect(error, { depth: 10 })).not.toContain(KNOWN_SECRET);
  });
});
