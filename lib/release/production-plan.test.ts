import { describe, expect, it } from "vitest";

import { inEnglish } from "@/lib/testing/i18n";
import { planInput } from "@/lib/testing/release-harness";

import { productionPlanSchema, type ProductionPlanInput } from "./production-plan";
import { productionPlanFormSchema } from "./production-plan-form";
import { defaultPlanFormValues } from "./production-plan-values";
import { utcToZoned, zonedToUtc } from "./zoned-time";

const plan = (over: Partial<ProductionPlanInput> = {}) => planInput({ note: "", ...over });

function errorsOf(input: unknown): Record<string, string> {
  const result = productionPlanSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((i) => [i.path.join("."), inEnglish(i.message)]),
  );
}

describe("productionPlanSchema", () => {
  it("accepts a percentage plan and trims remarks and note", () => {
    expect(
      productionPlanSchema.parse(plan({ remarks: " canary ", note: " watch 5xx " })),
    ).toMatchObject({
      percentage: 10,
      remarks: "canary",
      note: "watch 5xx",
    });
  });

  it.each([0, 101, 2.5, Number.NaN])("refuses percentage %s on its field", (percentage) => {
    expect(errorsOf(plan({ percentage }))).toHaveProperty("percentage");
  });

  it("needs a region or full release when by region", () => {
    expect(errorsOf(plan({ by: "region" }))).toEqual({
      regions: "Choose at least one region, or switch on full release.",
    });
    expect(errorsOf(plan({ by: "region", fullRelease: true }))).toEqual({});
    expect(errorsOf(plan({ by: "region", regions: ["jiangsu", "jiangsu"] }))).toEqual({
      regions: "Each region once.",
    });
    expect(errorsOf(plan({ by: "region", regions: ["a b"] }))).toHaveProperty("regions.0");
  });

  it("takes a start time only in UTC yyyy-MM-ddTHH:mm:ssZ", () => {
    expect(errorsOf(plan({ startTime: "2026-12-02T20:30:00Z" }))).toEqual({});
    expect(errorsOf(plan({ startTime: "2026-12-02T20:30:00+01:00" }))).toHaveProperty("startTime");
    expect(errorsOf(plan({ startTime: "2026-13-02T20:30:00Z" }))).toHaveProperty("startTime");
  });

  it("refuses a malformed version id, an unknown mode and too long remarks on their fields", () => {
    expect(
      Object.keys(
        errorsOf(plan({ versionId: "ver 1", by: "all" as never, remarks: "x".repeat(257) })),
      ),
    ).toEqual(["versionId", "by", "remarks"]);
  });
});

describe("productionPlanFormSchema", () => {
  const now = Date.parse("2026-12-02T12:00:00Z");
  const schema = productionPlanFormSchema(() => now);
  const values = (over = {}) => ({ ...defaultPlanFormValues("ver-1", "Europe/Berlin"), ...over });

  it("sends a start typed in the person's zone in UTC", () => {
    const parsed = schema.parse(values({ scheduled: true, startLocal: "2026-12-02T21:30" }));
    expect(parsed.startTime).toBe("2026-12-02T20:30:00Z");
    expect(parsed).not.toHaveProperty("startLocal");
  });

  it("ignores the hidden fields of the mode not chosen", () => {
    expect(
      schema.parse(values({ by: "region", fullRelease: true, percentage: Number.NaN })),
    ).toMatchObject({ percentage: 100 });
    expect(schema.parse(values({ regions: ["a b"] }))).toMatchObject({
      regions: [],
      fullRelease: false,
    });
  });

  it("ignores the start while the schedule is off", () => {
    expect(schema.parse(values({ startLocal: "garbage" })).startTime).toBe("");
  });

  it("puts a missing or past start on the start field", () => {
    for (const startLocal of ["", "2026-12-02T12:30"]) {
      const result = schema.safeParse(values({ scheduled: true, startLocal }));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["startLocal"]);
    }
  });
});

describe("zoned time", () => {
  it("converts across zones and daylight saving", () => {
    expect(zonedToUtc("2026-07-01T09:00", "Europe/Berlin")).toBe("2026-07-01T07:00:00Z");
    expect(zonedToUtc("2026-01-01T09:00", "Asia/Shanghai")).toBe("2026-01-01T01:00:00Z");
    expect(zonedToUtc("2026-02-30T09:00", "UTC")).toBeNull();
    expect(zonedToUtc("2026-01-01T09:00", "Mars/Olympus")).toBeNull();
    expect(utcToZoned("2026-07-01T07:00:00Z", "Europe/Berlin")).toBe(
      "2026-07-01 09:00 (Europe/Berlin)",
    );
  });
});
