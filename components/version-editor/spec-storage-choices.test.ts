import { inEnglish } from "@/lib/testing/i18n";
import { describe, expect, it } from "vitest";
import { describeSpec, describeStorage } from "@/lib/browse/spec-text";
import { SPEC_VALUES, STORAGE_VALUES } from "@/lib/version/constants";
import { specChoices, storageChoices } from "./spec-storage-choices";

describe("the editor's spec and storage choices", () => {
  it("spell each size as the version page does", () => {
    expect(storageChoices.map((c) => [c.value, c.detail])).toEqual(
      STORAGE_VALUES.map((v) => [v, describeStorage(v)]),
    );
    expect(specChoices.map((c) => [c.value, c.detail])).toEqual(
      SPEC_VALUES.map((v) => [v, describeSpec(v)]),
    );
  });

  it("read 0.5G as 0.5 GB, not in MiB", () => {
    expect(inEnglish(storageChoices.find((c) => c.value === "0.5G")?.detail ?? "")).toBe("0.5 GB");
    expect(inEnglish(storageChoices.find((c) => c.value === "30G")?.detail ?? "")).toBe("30 GB");
    expect(inEnglish(specChoices.find((c) => c.value === "2C4G")?.detail ?? "")).toBe(
      "2 vCPU, 4 GiB memory",
    );
  });
});
