import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { SANDBOX_ACCESS_KEY_ID, SANDBOX_ACCESS_KEY_SECRET } from "@/lib/sandbox/defaults";

import { configProblemsOf } from "@/lib/testing/config-problems";

import { parseServerConfig } from "./env";

const problemsOf = configProblemsOf;

describe("parseServerConfig defaults", () => {
  it("uses the sandbox with its documented defaults when nothing is set", () => {
    const config = parseServerConfig({});
    expect(config).toEqual({
      backend: "sandbox",
      backendChosenBy: "auto",
      endpoint: "esa.cn-hangzhou.aliyuncs.com",
      protocol: "HTTPS",
      connectTimeoutMs: 5000,
      readTimeoutMs: 10000,
      sandbox: {
        port: 0,
        accessKeyId: SANDBOX_ACCESS_KEY_ID,
        accessKeySecret: SANDBOX_ACCESS_KEY_SECRET,
        controlEnabled: false,
        seed: "demo",
        creatingDelayMs: 1500,
        rolloutStepMs: 1000,
      },
      portal: {
        database: { driver: "pglite", dataDir: path.resolve("data") },
        authSecret: undefined,
        publicUrl: undefined,
        oidc: undefined,
        auditRetentionDays: undefined,
        draftRetentionDays: 30,
      },
      ops: { logLevel: "info", metricsToken: undefined, shutdownGraceMs: 20_000 },
    });
  });

  it("treats blank values like unset ones", () => {
    const config = parseServerConfig({
      ESA_BACKEND: "",
      ESA_ENDPOINT: "  ",
      ESA_READ_TIMEOUT_MS: "",
    });
    expect(config.backend).toBe("sandbox");
    expect(config.readTimeoutMs).toBe(10000);
  });
});

describe("ESA_BACKEND", () => {
  it("switches to aliyun automatically when ESA_ENDPOINT is set", () => {
    const config = parseServerConfig({ ESA_ENDPOINT: "esa.ap-southeast-1.aliyuncs.com" });
    expect(config).toMatchObject({
      backend: "aliyun",
      backendChosenBy: "auto",
      endpoint: "esa.ap-southeast-1.aliyuncs.com",
    });
  });

  it("switches to aliyun automatically when ALIBABA_CLOUD_ACCESS_KEY_ID is set", () => {
    expect(parseServerConfig({ ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIexample" }).backend).toBe(
      "aliyun",
    );
  });

  it("lets an explicit value win over the automatic choice, case-insensitively", () => {
    const config = parseServerConfig({
      ESA_BACKEND: "Sandbox",
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIexample",
    });
    expect(config).toMatchObject({ backend: "sandbox", backendChosenBy: "ESA_BACKEND" });
    expect(parseServerConfig({ ESA_BACKEND: "aliyun" }).backend).toBe("aliyun");
  });

  it("rejects anything else with the allowed values", () => {
    expect(problemsOf({ ESA_BACKEND: "prod" })).toEqual([
      expect.stringMatching(/^ESA_BACKEND must be "sandbox".*"aliyun"/),
    ]);
  });
});

describe("ESA_ENDPOINT", () => {
  it("accepts host and host:port", () => {
    expect(parseServerConfig({ ESA_ENDPOINT: "esa-vpc.cn-hangzhou.aliyuncs.com" }).endpoint).toBe(
      "esa-vpc.cn-hangzhou.aliyuncs.com",
    );
    expect(parseServerConfig({ ESA_ENDPOINT: "127.0.0.1:8787" }).endpoint).toBe("127.0.0.1:8787");
    expect(parseServerConfig({ ESA_ENDPOINT: "[::1]:8787" }).endpoint).toBe("[::1]:8787");
  });

  it("rejects a scheme with a sentence that says how to fix it", () => {
    expect(problemsOf({ ESA_ENDPOINT: "https://esa.ap-southeast-1.aliyuncs.com" })).toEqual([
      expect.stringContaining(
        'ESA_ENDPOINT must be a host name such as esa.ap-southeast-1.aliyuncs.com, without "https://"',
      ),
    ]);
  });

  it("rejects a path, a bad port and an invalid host", () => {
    expect(problemsOf({ ESA_ENDPOINT: "esa.cn-hangzhou.aliyuncs.com/api" })[0]).toMatch(
      /without a path/,
    );
    expect(problemsOf({ ESA_ENDPOINT: "esa.cn-hangzhou.aliyuncs.com:99999" })[0]).toMatch(
      /invalid port/,
    );
    expect(problemsOf({ ESA_ENDPOINT: "esa..aliyuncs.com" })[0]).toMatch(/must be a host name/);
  });
});

describe("ESA_PROTOCOL", () => {
  it("is case-insensitive", () => {
    expect(parseServerConfig({ ESA_PROTOCOL: "http" }).protocol).toBe("HTTP");
    expect(parseServerConfig({ ESA_PROTOCOL: "Https" }).protocol).toBe("HTTPS");
  });

  it("rejects other protocols", () => {
    expect(problemsOf({ ESA_PROTOCOL: "ftp" })).toEqual([
      expect.stringMatching(/^ESA_PROTOCOL must be "HTTPS"/),
    ]);
  });
});

describe("timeouts and numbers", () => {
  it("parses whole numbers", () => {
    const config = parseServerConfig({
      ESA_CONNECT_TIMEOUT_MS: "2000",
      ESA_READ_TIMEOUT_MS: "30000",
    });
    expect(config).toMatchObject({ connectTimeoutMs: 2000, readTimeoutMs: 30000 });
  });

  it.each([
    ["ESA_CONNECT_TIMEOUT_MS", "5s"],
    ["ESA_CONNECT_TIMEOUT_MS", "0"],
    ["ESA_READ_TIMEOUT_MS", "-1"],
    ["ESA_READ_TIMEOUT_MS", "1.5"],
    ["ESA_READ_TIMEOUT_MS", "300001"],
    ["ESA_SANDBOX_PORT", "65536"],
    ["ESA_SANDBOX_CREATING_DELAY_MS", "soon"],
    ["ESA_SANDBOX_ROLLOUT_STEP_MS", "1s"],
  ])("rejects %s=%s with its bounds", (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} must be a whole number from \\d+ to \\d+`));
  });
});

describe("sandbox variables", () => {
  it("reads port, AccessKey, control, seed, creating delay and rollout step", () => {
    const config = parseServerConfig({
      ESA_SANDBOX_PORT: "8787",
      ESA_SANDBOX_ACCESS_KEY_ID: "LTAItest",
      ESA_SANDBOX_ACCESS_KEY_SECRET: "s3cret",
      ESA_SANDBOX_CONTROL: "1",
      ESA_SANDBOX_SEED: "LARGE",
      ESA_SANDBOX_CREATING_DELAY_MS: "0",
      ESA_SANDBOX_ROLLOUT_STEP_MS: "250",
    });
    expect(config.sandbox).toEqual({
      port: 8787,
      accessKeyId: "LTAItest",
      accessKeySecret: "s3cret",
      controlEnabled: true,
      seed: "large",
      creatingDelayMs: 0,
      rolloutStepMs: 250,
    });
  });

  it("keeps the control interface off unless asked", () => {
    expect(parseServerConfig({ ESA_SANDBOX_CONTROL: "0" }).sandbox.controlEnabled).toBe(false);
    expect(problemsOf({ ESA_SANDBOX_CONTROL: "true" })[0]).toMatch(
      /^ESA_SANDBOX_CONTROL must be "1"/,
    );
  });

  it("rejects an unknown seed", () => {
    expect(problemsOf({ ESA_SANDBOX_SEED: "huge" })[0]).toMatch(/^ESA_SANDBOX_SEED must be "demo"/);
  });

  it("never repeats a secret's value in the message", () => {
    const secret = "has space-SECRET-VALUE";
    let message = "";
    try {
      parseServerConfig({ ESA_SANDBOX_ACCESS_KEY_SECRET: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/ESA_SANDBOX_ACCESS_KEY_SECRET must be/);
    expect(message).not.toContain("SECRET-VALUE");
  });
});

describe("the combined error", () => {
  it("lists every bad variable in one Error", () => {
    const problems = problemsOf({
      ESA_ENDPOINT: "http://x",
      ESA_PROTOCOL: "smtp",
      ESA_READ_TIMEOUT_MS: "ten",
    });
    expect(problems).toHaveLength(3);
    expect(() => parseServerConfig({ ESA_ENDPOINT: "http://x", ESA_PROTOCOL: "smtp" })).toThrow(
      /2 environment variables are invalid[\s\S]*ESA_ENDPOINT[\s\S]*ESA_PROTOCOL[\s\S]*Fix them/,
    );
  });
});

describe("getServerConfig", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("parses process.env once and memoises the result", async () => {
    vi.stubEnv("ESA_READ_TIMEOUT_MS", "1234");
    const { getServerConfig } = await import("./env");
    const first = getServerConfig();
    vi.stubEnv("ESA_READ_TIMEOUT_MS", "999");
    expect(getServerConfig()).toBe(first);
    expect(first.readTimeoutMs).toBe(1234);
  });

  it("throws at first use when process.env is invalid", async () => {
    vi.stubEnv("ESA_PROTOCOL", "gopher");
    const { getServerConfig } = await import("./env");
    expect(() => getServerConfig()).toThrow(/ESA_PROTOCOL must be/);
  });
});
