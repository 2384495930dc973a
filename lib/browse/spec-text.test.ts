import { describe, expect, it } from "vitest";
import { inEnglish, inLocale } from "@/lib/testing/i18n";
import { describeSpec, describeStorage } from "./spec-text";

describe("describeSpec", () => {
  it("spells out vCPU and memory", () => {
    expect(inEnglish(describeSpec("1C2G"))).toBe("1 vCPU, 2 GiB memory");
    expect(inEnglish(describeSpec("8C32G"))).toBe("8 vCPU, 32 GiB memory");
    expect(inLocale("zh-CN", describeSpec("1C2G"))).toBe("1 vCPU，2 GiB 内存");
  });

  it("reads a spec the service adds later and keeps nonsense as received", () => {
    expect(inEnglish(describeSpec("16C64G"))).toBe("16 vCPU, 64 GiB memory");
    expect(describeSpec("large")).toBe("large");
  });
});

describe("describeStorage", () => {
  it("spells out the size", () => {
    expect(describeStorage("0.5G")).toBe("0.5 GB");
    expect(describeStorage("30G")).toBe("30 GB");
    expect(describeStorage("")).toBe("");
  });
});
