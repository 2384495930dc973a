import { describe, expect, it } from "vitest";

import { isMessageRef, msg } from "@/lib/i18n/message-ref";
import { inEnglish, inLocale } from "@/lib/testing/i18n";
import { validVersion } from "@/lib/testing/version-fixtures";

import { clip, readVersionInput } from "./input-gate";

// The gate answers in catalog references, zod's own checks included, and bounds what they quote.

function refusal(input: unknown) {
  const read = readVersionInput(input);
  if (read.ok) throw new Error("accepted");
  return read.fieldErrors;
}

describe("readVersionInput's messages", () => {
  it("a value of the wrong type is named in words, in either language", () => {
    const [error] = refusal({ ...validVersion(), remarks: 42 });
    expect(error!.path).toBe("remarks");
    expect(isMessageRef(error!.message)).toBe(true);
    expect(inEnglish(error!.message)).toBe(
      "This value has the wrong type: text is expected here. Correct it and try again.",
    );
    expect(inLocale("zh-CN", error!.message)).toBe("此值的类型不对：这里应为文本。请更正后重试。");
  });

  it("unknown keys are named, a few and each cut short", () => {
    const extra = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`k${i}${"z".repeat(10_000)}`, 1]),
    );
    const [error] = refusal({ ...validVersion(), ...extra });
    const english = inEnglish(error!.message);
    expect(english).toMatch(
      /^This object has 50 unknown fields: "k0z+…", "k1z+…", "k2z+…", …\. Remove them\.$/,
    );
    expect(english.length).toBeLessThan(400);
    expect(inLocale("zh-CN", error!.message)).toMatch(/^此对象有 50 个未知字段：/);
  });

  it("a rule's own message wins over the generic ones", () => {
    const [error] = refusal({ ...validVersion(), name: "abc" });
    expect(inEnglish(error!.message)).toBe(
      "Use at least 6 characters for the version name (ESA requires 6-128).",
    );
  });

  it("a value that is no version at all is one error on the whole form", () => {
    const errors = refusal("version");
    expect(errors).toEqual([{ path: "", message: expect.any(String) }]);
    expect(inEnglish(errors[0]!.message)).toBe(
      "This value has the wrong type: an object is expected here. Correct it and try again.",
    );
  });
});

describe("clip", () => {
  it("cuts the quoted values of a reference, never the reference itself", () => {
    const name = "n".repeat(5_000);
    const clipped = clip(msg("validation.containerName.duplicate", { first: 1, name }));
    expect(isMessageRef(clipped)).toBe(true);
    const english = inEnglish(clipped);
    expect(english).toMatch(
      /^Container 1 is already named "n+…"\. Container names must be unique within a version\.$/,
    );
    expect(english.length).toBeLessThan(300);
  });

  it("leaves a short reference as it is, and cuts plain text as a whole", () => {
    const ref = msg("validation.tooLong", { field: msg("validation.fields.tag"), max: 512 });
    expect(clip(ref)).toBe(ref);
    expect(clip("x".repeat(1_000))).toHaveLength(300);
    // Never half of a surrogate pair at the cut.
    expect(clip(`${"x".repeat(298)}😀😀`)).toBe(`${"x".repeat(298)}…`);
  });
});

describe("readVersionInput's judgement of one argument", () => {
  it("is made once: an input that answers differently when read again keeps its first judgement", () => {
    let reads = 0;
    const version = validVersion();
    // A proxy whose name turns invalid after the first full read, as a hostile argument could.
    const input = new Proxy(version, {
      get(target, key, receiver) {
        if (key === "name") reads += 1;
        if (key === "name" && reads > 1) return "";
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const first = readVersionInput(input);
    expect(first.ok).toBe(true);
    expect(readVersionInput(input)).toBe(first);
    // A different object is judged on its own.
    expect(readVersionInput({ ...validVersion(), name: "" }).ok).toBe(false);
  });
});
