import { describe, expect, it } from "vitest";

import { inEnglish, inLocale } from "@/lib/testing/i18n";

import { isMessageRef, msg, parseMessageRef, renderMessagesDeep } from "./message-ref";

describe("message references", () => {
  it("carry a key and values through a plain string", () => {
    const ref = msg("shell.account.signedInAs", { name: "Ada" });
    expect(isMessageRef(ref)).toBe(true);
    expect(parseMessageRef(ref)).toEqual({ key: "shell.account.signedInAs", values: { name: "Ada" } });
    expect(inEnglish(ref)).toBe("Signed in as Ada");
    expect(inLocale("zh-CN", ref)).toBe("已登录：Ada");
  });

  it("leave plain text (a service's own message) as it is", () => {
    expect(isMessageRef("The name exists.")).toBe(false);
    expect(inEnglish("The name exists.")).toBe("The name exists.");
  });

  it("render references given as values first", () => {
    const ref = msg("shell.account.signedInAs", { name: msg("shell.nav.admin") });
    expect(inLocale("zh-CN", ref)).toBe("已登录：系统管理");
  });

  it("render every reference inside a result, leaving other values alone", () => {
    const result = {
      ok: false,
      code: "Forbidden",
      message: msg("shell.nav.apps"),
      fieldErrors: [{ path: "appId", message: msg("shell.nav.audit") }],
      at: new Date(0),
    };
    const t = (key: string) => `<${key}>`;
    expect(renderMessagesDeep(result, t)).toEqual({
      ok: false,
      code: "Forbidden",
      message: "<shell.nav.apps>",
      fieldErrors: [{ path: "appId", message: "<shell.nav.audit>" }],
      at: new Date(0),
    });
  });

  it("treat a malformed reference as no reference", () => {
    expect(parseMessageRef("\uE000key\uE001{not json")).toBeNull();
    expect(parseMessageRef("\uE000key\uE001[1]")).toBeNull();
  });
});
