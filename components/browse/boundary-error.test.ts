import { describe, expect, it } from "vitest";
import { inEnglish, inLocale } from "@/lib/testing/i18n";
import { boundaryAdvice } from "./boundary-error";

describe("boundaryAdvice", () => {
  it("sends a server-side failure to the server log, under its reference", () => {
    expect(inEnglish(boundaryAdvice("12345"))).toMatch(/server log.*reference/);
    expect(inLocale("zh-CN", boundaryAdvice("12345"))).toMatch(/服务器日志.*参考编号/);
  });

  it("never sends a browser-side failure (no digest) to the server log", () => {
    const advice = inEnglish(boundaryAdvice(undefined));
    expect(advice).not.toMatch(/server log/i);
    expect(advice).toMatch(/in this browser/);
  });
});
