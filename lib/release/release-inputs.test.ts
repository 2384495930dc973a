import { describe, expect, it } from "vitest";

import { inEnglish } from "@/lib/testing/i18n";

import { confirmsName, deleteVersionInputSchema, rollbackInputSchema } from "./release-inputs";

const issuesOf = (input: unknown) => {
  const parsed = rollbackInputSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: inEnglish(i.message) }));
};

describe("rollbackInputSchema", () => {
  it("takes all at once without a percentage, or a whole percentage from 1 to 100", () => {
    expect(issuesOf({ versionId: "ver-1", mode: "all" })).toEqual([]);
    expect(issuesOf({ versionId: "ver-1", mode: "percentage", percentage: 1 })).toEqual([]);
    expect(issuesOf({ versionId: "ver-1", mode: "percentage", percentage: 100 })).toEqual([]);
  });

  it.each([0, 101, 12.5, undefined])("puts percentage %s on the percentage field", (percentage) => {
    expect(issuesOf({ versionId: "ver-1", mode: "percentage", percentage })).toEqual([
      { path: "percentage", message: "Enter a whole number from 1 to 100." },
    ]);
  });

  it("puts a missing or malformed version on the versionId field", () => {
    expect(issuesOf({ versionId: "", mode: "all" })[0]?.path).toBe("versionId");
    expect(issuesOf({ versionId: "ver 1; drop", mode: "all" })[0]?.path).toBe("versionId");
    expect(issuesOf({ mode: "all" })).toEqual([
      { path: "versionId", message: "Choose a version." },
    ]);
  });

  it("refuses an unknown mode and unknown keys", () => {
    expect(issuesOf({ versionId: "ver-1", mode: "half" })[0]?.path).toBe("mode");
    expect(issuesOf({ versionId: "ver-1", mode: "all", env: "prod" })).not.toEqual([]);
  });
});

describe("delete confirmation", () => {
  it("needs the version's name, or its ID when it has none", () => {
    expect(confirmsName(" v2-checkout ", "v2-checkout", "ver-2")).toBe(true);
    expect(confirmsName("v2-checkou", "v2-checkout", "ver-2")).toBe(false);
    expect(confirmsName("ver-2", "", "ver-2")).toBe(true);
    expect(deleteVersionInputSchema.safeParse({ versionId: "ver-2" }).success).toBe(false);
  });
});
