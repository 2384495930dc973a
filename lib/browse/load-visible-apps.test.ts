import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { startPublishedSandbox, type PublishedSandbox } from "@/lib/testing/published-sandbox";

import { APP_LIST_DEFAULTS, type ListState } from "./list-state";

// The app list against the sandbox's demo seed (shop-frontend, image-resizer, api-gateway-edge,
// edge-cache-warmer): filtered by what a person may view, paged after filtering, and counted.

let published: PublishedSandbox;
let loadVisibleApps: typeof import("./load-visible-apps").loadVisibleApps;

beforeAll(async () => {
  published = await startPublishedSandbox();
  vi.resetModules();
  ({ loadVisibleApps } = await import("./load-visible-apps"));
});
afterAll(() => published.close());

const state = (change: Partial<ListState> = {}): ListState => ({ ...APP_LIST_DEFAULTS, ...change });
const shopOnly = ({ name }: { name: string }) => name.startsWith("shop-");

describe("loadVisibleApps", () => {
  it("lists only the apps one may view and counts the others", async () => {
    const page = await loadVisibleApps(state(), shopOnly, false);
    expect(page.items.map((app) => app.name)).toEqual(["shop-frontend"]);
    expect(page.totalCount).toBe(1);
    expect(page.hiddenCount).toBe(3);
  });

  it("pages the visible apps, not ESA's", async () => {
    const notShop = (app: { name: string }) => !shopOnly(app);
    const sorted = state({ sort: "name", order: "asc", size: 10 });
    const names = (await loadVisibleApps(sorted, notShop, false)).items.map((app) => app.name);
    expect(names).toEqual(["api-gateway-edge", "edge-cache-warmer", "image-resizer"]);
    const second = await loadVisibleApps({ ...sorted, size: 2, page: 2 }, notShop, false);
    expect(second.items.map((app) => app.name)).toEqual(["image-resizer"]);
    expect(second.totalCount).toBe(3);
  });

  it("asks ESA for the page as it is for someone who sees everything", async () => {
    const page = await loadVisibleApps(state(), () => false, true);
    expect(page.totalCount).toBe(4);
    expect(page.hiddenCount).toBe(0);
  });
});
