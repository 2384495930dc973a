import { stringify as formEncode } from "node:querystring";

import { describe, expect, it } from "vitest";

import { buildCreateVersionParams } from "./build-params";
import { LIMITS } from "./constants";
import { createBodyBytes } from "./request-size";
import { versionFormSchema } from "./request-schema";
import type { VersionForm } from "./schema";
import { minimalVersion, validVersion } from "@/lib/testing/version-fixtures";
import { inEnglish, inLocale } from "@/lib/testing/i18n";

const sentBytes = (v: VersionForm) =>
  Buffer.byteLength(formEncode({ ...buildCreateVersionParams(v) }));

describe("createBodyBytes", () => {
  it("is the length of the form body openapi-client's encoder produces", () => {
    const unicode = { ...validVersion(), remarks: "中文 remarks, émoji 😀 & 100% (ok)!\nline two" };
    for (const v of [validVersion(), minimalVersion(), unicode]) {
      expect(createBodyBytes(buildCreateVersionParams(v))).toBe(sentBytes(v));
    }
  });

  it("is checked by the schema: a version over the limit is refused on containers", () => {
    const v = validVersion();
    v.containers = Array.from({ length: 3 }, (_, i) => ({
      ...v.containers[0]!,
      name: `c${i}`,
      env: Array.from({ length: LIMITS.env.maxVariables }, (_, j) => ({
        key: `K${j}`,
        value: "x".repeat(LIMITS.env.valueMax),
      })),
    }));
    expect(createBodyBytes(buildCreateVersionParams(v))).toBeGreaterThan(LIMITS.requestBodyBytes);
    const result = versionFormSchema.safeParse(v);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => ({ ...i, message: inEnglish(i.message) }))).toEqual([
      expect.objectContaining({
        path: ["containers"],
        message: expect.stringMatching(
          /^This version is 1,2\d\d KB when sent; .* at most 1,024 KB/,
        ),
      }),
    ]);
    // Numbers in the reader's own format.
    expect(inLocale("zh-CN", result.error!.issues[0]!.message)).toMatch(
      /^此版本发送时为 1,2\d\d KB，而一个请求最多只能承载 1,024 KB。/,
    );
  });
});
