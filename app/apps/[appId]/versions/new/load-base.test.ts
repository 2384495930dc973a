import { afterEach, describe, expect, it, vi } from "vitest";

import { startPublishedSandbox, type PublishedSandbox } from "@/lib/testing/published-sandbox";
import { buildCreateVersionParams } from "@/lib/version/build-params";

// "New version from this" against a live sandbox: the suggested name is one the app does not have.

const SHOP = "app-880688675783790001";
const V2 = "ver-100000000000000102"; // v2-checkout-redesign in the demo seed

let published: PublishedSandbox | undefined;
afterEach(async () => {
  await published?.close();
  published = undefined;
});

async function freshLoader() {
  published = await startPublishedSandbox();
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
