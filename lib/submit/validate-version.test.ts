import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startSubmitHarness, type SubmitHarness } from "@/lib/testing/sandbox-submit-harness";
import { allInEnglish, inLocale } from "@/lib/testing/i18n";
import { validVersion } from "@/lib/testing/version-fixtures";
import type { VersionForm } from "@/lib/version/schema";

import type { ValidateVersionResult } from "./results";

// The dry run against a real sandbox: it passes untrusted input through the same gate as the
// create, so hostile values come back as field errors instead of an exception.

type ValidateVersion = (input: unknown) => Promise<ValidateVersionResult>;

let h: SubmitHarness;
let validateVersion: ValidateVersion;
beforeAll(async () => {
  h = await startSubmitHarness();
  const { validateVersion: validate } = await import("./validate-version");
  // The answer as the English UI shows it (the guard renders every reference).
  validateVersion = async (input) => allInEnglish(await validate(input));
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const base = (): VersionForm => ({ ...validVersion(), appId: h.appId, name: "dry-run-1" });

const throwingProxy = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error("Cannot access a client reference on the server");
      },
      ownKeys: () => {
        throw new Error("Cannot enumerate a client reference on the server");
      },
    },
  );

function fieldPaths(result: ValidateVersionResult): string[] {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result)}`);
  expect(result.code).toBe("ValidationFailed");
  return (result.fieldErrors ?? []).map((fe) => fe.path);
}

describe("validateVersion", () => {
  it("passes a valid version whose app exists and whose name is free, creating nothing", async () => {
    const result = await validateVersion(base());
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^All checks passed/),
    });
    expect(await h.createRequests()).toEqual([]);
  });

  it("refuses input the schema refuses, on its field, with the dry run's message", async () => {
    const result = await validateVersion({ ...base(), name: "abc" });
    expect(result).toMatchObject({ message: "The version has problems: see the marked fields." });
    expect(fieldPaths(result)).toEqual(["name"]);
  });

  it("answers in references that read in Chinese too", async () => {
    const { validateVersion: validate } = await import("./validate-version");
    const result = await validate({ ...base(), name: "abc" });
    if (result.ok) throw new Error("accepted");
    expect(inLocale("zh-CN", result.message)).toBe("此版本有问题：请查看标出的字段。");
    expect(result.fieldErrors!.map((fe) => inLocale("zh-CN", fe.message))).toEqual([
      "版本名称至少需要 6 个字符（ESA 要求 6-128 个字符）。",
    ]);
  });

  it("refuses values that make validation itself throw, instead of throwing", async () => {
    const exoticName = { ...base(), name: { length: throwingProxy() } };
    expect(fieldPaths(await validateVersion(exoticName))).toContain("name");
    const nullPrototypeLength = { ...base(), appId: { length: Object.create(null) } };
    expect(fieldPaths(await validateVersion(nullPrototypeLength))).toContain("appId");
    expect(fieldPaths(await validateVersion(throwingProxy()))).toEqual([""]);
    expect(await h.requests()).toEqual([]);
  });

  it("says on the name field when the name is taken", async () => {
    const first = await h.submitVersion(base());
    expect(first).toMatchObject({ ok: true });
    const result = await validateVersion(base());
    expect(result).toMatchObject({
      message: "The service would refuse this version: see the marked fields.",
    });
    expect(fieldPaths(result)).toEqual(["name"]);
  });
});
