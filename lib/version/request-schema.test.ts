import { describe, expect, it } from "vitest";

import { buildCreateVersionParams } from "./build-params";
import { paramsFor, versionFormSchema } from "./request-schema";
import { versionFieldsSchema } from "./schema";
import { validVersion } from "@/lib/testing/version-fixtures";

describe("paramsFor", () => {
  it("hands back the params versionFormSchema built to measure the values it accepted", () => {
    const parsed = versionFormSchema.safeParse(validVersion());
    if (!parsed.success) throw new Error("fixture must be valid");
    const first = paramsFor(parsed.data);
    expect(first).toEqual(buildCreateVersionParams(parsed.data));
    // The same object each time: the submit path serializes once, in the schema's size check.
    expect(paramsFor(parsed.data)).toBe(first);
  });

  it("builds the params of values the schema did not see", () => {
    const parsed = versionFieldsSchema.safeParse(validVersion());
    if (!parsed.success) throw new Error("fixture must be valid");
    const params = paramsFor(parsed.data);
    expect(params).toEqual(buildCreateVersionParams(parsed.data));
    expect(paramsFor(parsed.data)).not.toBe(params);
  });
});
