import { describe, expect, it } from "vitest";

import { inEnglish, inLocale } from "@/lib/testing/i18n";
import { emptyContainer } from "@/lib/version/defaults";

import { containersToAdd, secretsToFill } from "./template-containers";

describe("containersToAdd", () => {
  it("keeps a template's names where free and renames the taken ones, copies never shared", () => {
    const template = [emptyContainer("web"), emptyContainer("web"), emptyContainer("")];
    const added = containersToAdd(template, ["web", "app"]);
    expect(added.map((c) => c.name)).toEqual(["web-2", "web-3", "container"]);
    added[0]!.env.push({ key: "A", value: "1" });
    expect(template[0]!.env).toEqual([]);
  });
});

describe("secretsToFill", () => {
  it("names the values the person has to fill in, and says nothing when there are none", () => {
    expect(inEnglish(secretsToFill(["web: DB_PASSWORD"])!)).toBe(
      "Fill in the secret values the template leaves empty: web: DB_PASSWORD.",
    );
    expect(inLocale("zh-CN", secretsToFill(["web: DB_PASSWORD"])!)).toBe("请填写模板留空的密钥值：web: DB_PASSWORD。");
    expect(secretsToFill([])).toBeNull();
  });
});
