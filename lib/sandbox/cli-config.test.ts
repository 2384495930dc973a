import { describe, expect, it } from "vitest";
import { readCliConfig } from "./cli-config";
import { SANDBOX_ACCESS_KEY_ID, SANDBOX_ACCESS_KEY_SECRET } from "./defaults";

describe("readCliConfig", () => {
  it("uses the documented defaults with control off", () => {
    expect(readCliConfig({})).toEqual({
      ok: true,
      options: {
        host: "127.0.0.1",
        port: 8787,
        accessKeyId: SANDBOX_ACCESS_KEY_ID,
        accessKeySecret: SANDBOX_ACCESS_KEY_SECRET,
        controlEnabled: false,
        seed: "demo",
      },
    });
  });

  it("reads port, keys, control and seed from the environment", () => {
    const config = readCliConfig({
      ESA_SANDBOX_PORT: "0",
      ESA_SANDBOX_ACCESS_KEY_ID: "LTAIcustom",
      ESA_SANDBOX_ACCESS_KEY_SECRET: "s3cret",
      ESA_SANDBOX_CONTROL: "1",
      ESA_SANDBOX_SEED: "large",
    });
    expect(config).toMatchObject({
      ok: true,
      options: {
        port: 0,
        accessKeyId: "LTAIcustom",
        accessKeySecret: "s3cret",
        controlEnabled: true,
        seed: "large",
      },
    });
  });

  it.each([
    ["ESA_SANDBOX_PORT", "http"],
    ["ESA_SANDBOX_PORT", "70000"],
    ["ESA_SANDBOX_CONTROL", "yes"],
    ["ESA_SANDBOX_SEED", "huge"],
  ])("names %s when its value %s is unusable", (name, value) => {
    const config = readCliConfig({ [name]: value });
    expect(config.ok).toBe(false);
    expect(config.ok || config.message).toContain(name);
  });
});
