import { describe, expect, it } from "vitest";
import { describeSpec, describeStorage } from "./spec-text";

describe("describeSpec", () => {
  it("spells out vCPU and memory", () => {
    expect(describeSpec("1C2G")).toBe("1 vCPU, 2 GiB memory");
    expect(describeSpec("8C32G")).toBe("8 vCPU, 32 GiB memory");
  });

  it("reads a spec the service adds later and keeps nonsense as received", () => {
    expect(describeSpec("16C64G")).toBe("16 vCPU, 64 GiB memory");
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
