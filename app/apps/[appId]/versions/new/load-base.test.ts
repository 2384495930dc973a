import { afterEach, describe, expect, it, vi } from "vitest";

import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";
import { clearSandbox, publishSandbox } from "@/lib/esa/sandbox-holder";
import { buildCreateVersionParams } from "@/lib/version/build-params";

// "New version from this" against a live sandbox: the suggested name is one the app does not have.

const SHOP = "app-880688675783790001";
const V2 = "ver-100000000000000102"; // v2-checkout-redesign in the demo seed

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  clearSandbox();
  vi.unstubAllEnvs();
  await sandbox?.close();
});

async function freshLoader() {
  sandbox = await startSandbox({ port: 0, creatingDelayMs: 0 });
  const { endpoint, url, accessKeyId, accessKeySecret } = sandbox;
  publishSandbox(Promise.resolve({ endpoint, url, accessKeyId, accessKeySecret }));
  vi.stubEnv("ESA_BACKEND", "sandbox");
  vi.resetModules();
  const [{ loadBaseVersion }, { createVersion }] = await Promise.all([
    import("./load-base"),
    import("@/lib/esa/operations"),
  ]);
  return { loadBaseVersion, createVersion };
}

describe("loadBaseVersion", () => {
  it("suggests a name free in the app, a different one once the first suggestion was created", async () => {
    const { loadBaseVersion, createVersion } = await freshLoader();
    const first = await loadBaseVersion(SHOP, V2);
    if (!("base" in first)) throw new Error(first.error);
    expect(first.base.suggested.name).toBe("v2-checkout-redesign-next");

    await createVersion(buildCreateVersionParams(first.base.suggested));
    const second = await loadBaseVersion(SHOP, V2);
    if (!("base" in second)) throw new Error(second.error);
    expect(second.base.suggested.name).toBe("v2-checkout-redesign-next-2");
    expect(second.base.values.name).toBe("v2-checkout-redesign");
  });
});
