import { describe, expect, it } from "vitest";

import { versionFormSchema } from "./request-schema";
import { validVersion } from "@/lib/testing/version-fixtures";
import { inEnglish } from "@/lib/testing/i18n";

// Rules that property tests of the server path (lib/submit/submit-version.property.test.ts) showed
// were missing: each let hostile input through to the wire.

describe("rules added for hostile input", () => {
  it("refuses half a surrogate pair in the name and remarks, which the form encoder would mangle", () => {
    for (const [field, value] of [
      ["name", "release\uD800-1"],
      ["name", "release-1\uDC00"],
      ["remarks", "note \uD83D"],
    ] as const) {
      const result = versionFormSchema.safeParse({ ...validVersion(), [field]: value });
      expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
    }
    const emoji = versionFormSchema.safeParse({
      ...validVersion(),
      name: "release-😀",
      remarks: "😀",
    });
    expect(emoji.success).toBe(true);
  });

  it("bounds the length of probe timings, which are digits but still strings", () => {
    const v = validVersion();
    v.containers[0]!.probe.periodSeconds = `${"0".repeat(1_000)}10`;
    const result = versionFormSchema.safeParse(v);
    expect(result.error?.issues.map((i) => [i.path.join("."), inEnglish(i.message)])).toEqual([
      ["containers.0.probe.periodSeconds", "Period must be between 1 and 3600."],
    ]);
  });
});

describe("control characters other than whitespace", () => {
  it("are refused in the image and in Container Registry details", () => {
    const v = validVersion();
    v.containers[0]!.image = "nginx\u0000:1.25";
    v.containers[0]!.isAcrImage = true;
    v.containers[0]!.acr.repoName = "shop\u0007web";
    const paths = versionFormSchema.safeParse(v).error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["containers.0.image", "containers.0.acr.repoName"]));
  });
});
