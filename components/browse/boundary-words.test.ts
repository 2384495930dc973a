import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/testing/i18n";
import { boundaryWords } from "./boundary-words";

describe("boundaryWords", () => {
  it("sends a server-side failure to the server log, under its reference", () => {
    expect(boundaryWords(translatorFor("en")).advice.server).toMatch(/server log.*reference/);
    expect(boundaryWords(translatorFor("zh-CN")).advice.server).toMatch(/服务器日志.*参考编号/);
  });

  it("never sends a browser-side failure (no digest) to the server log", () => {
    const advice = boundaryWords(translatorFor("en")).advice.browser;
    expect(advice).not.toMatch(/server log/i);
    expect(advice).toMatch(/in this browser/);
  });

  it("puts the digest where the catalog says, in either language", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const t = translatorFor(locale);
      const [before, after] = boundaryWords(t).reference;
      expect(`${before}1234${after}`).toBe(t("boundary.reference", { digest: "1234" }));
    }
  });
});
