import { describe, expect, it } from "vitest";
import { validateCreateWire } from "./validate-create";
import { buildSeed } from "./seed";

describe("seeds", () => {
  const demo = buildSeed("demo");
  const containers = demo.versions.flatMap((v) => v.Containers);

  it("has a few demo apps with app- + 18 digit IDs and 1-3 versions each (one empty app)", () => {
    expect(demo.apps.length).toBeGreaterThanOrEqual(3);
    for (const app of demo.apps) expect(app.AppId).toMatch(/^app-\d{18}$/);
    const counts = demo.apps.map(
      (app) => demo.versions.filter((v) => v.AppId === app.AppId).length,
    );
    expect(counts).toEqual([2, 1, 3, 0]);
  });

  it("covers every probe type, an ACR image and both PostStart forms", () => {
    expect(new Set(containers.map((c) => c.ProbeType))).toEqual(
      new Set(["exec", "tcpSocket", "httpGet"]),
    );
    expect(
      containers.some((c) => c.IsACRImage === true && typeof c.ACRImageInfo === "object"),
    ).toBe(true);
    expect(
      containers.some((c) => c.PostStart === '{"exec":{"command":["sh","-c","echo hi"]}}'),
    ).toBe(true);
    expect(
      containers.some(
        (c) => typeof c.PostStart === "string" && !String(c.PostStart).startsWith("{"),
      ),
    ).toBe(true);
    expect(
      containers.some(
        (c) =>
          (c.ProbeContent as Record<string, unknown>).HttpHeaders ===
          '[{"Content-Type":"application/json"}]',
      ),
    ).toBe(true);
  });

  it("seeds only versions the app itself would accept if resubmitted under a new name", () => {
    for (const version of demo.versions) {
      const result = validateCreateWire({
        AppId: version.AppId,
        Name: `${version.Name}-copy`,
        Remarks: version.Remarks,
        Containers: JSON.stringify(version.Containers),
      });
      expect(result, version.Name).toMatchObject({ ok: true });
    }
  });

  it("the large seed holds more apps than two pages of 20, with unique IDs", () => {
    const large = buildSeed("large");
    expect(large.apps.length).toBeGreaterThanOrEqual(45);
    expect(new Set(large.apps.map((a) => a.AppId)).size).toBe(large.apps.length);
    for (const app of large.apps) expect(app.AppId).toMatch(/^app-\d{18}$/);
  });

  it("builds fresh objects every time", () => {
    const first = buildSeed("demo");
    first.apps[0]!.Name = "mutated";
    expect(buildSeed("demo").apps[0]?.Name).toBe("shop-frontend");
  });
});
