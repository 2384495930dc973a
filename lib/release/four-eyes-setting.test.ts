import { inEnglish } from "@/lib/testing/i18n";
import { describe, expect, it } from "vitest";

import { fourEyesApplies, fourEyesFromStored, fourEyesInputSchema } from "./four-eyes-setting";

const shop = { id: "app-1", name: "shop-eu" };
const blog = { id: "app-2", name: "blog" };

describe("the four-eyes setting", () => {
  it("covers every app until an administrator says otherwise, and an unreadable value too", () => {
    expect(fourEyesApplies(fourEyesFromStored(undefined), blog)).toBe(true);
    expect(
      fourEyesApplies(fourEyesFromStored({ mode: "pattern", appPattern: "bad pattern!" }), blog),
    ).toBe(true);
  });

  it("covers the apps its pattern matches, or none when off", () => {
    const shops = fourEyesFromStored({ mode: "pattern", appPattern: "shop-*" });
    expect([fourEyesApplies(shops, shop), fourEyesApplies(shops, blog)]).toEqual([true, false]);
    expect(fourEyesApplies(fourEyesFromStored({ mode: "off" }), shop)).toBe(false);
  });

  it("puts a bad pattern on its field", () => {
    const result = fourEyesInputSchema.safeParse({ mode: "pattern", appPattern: " " });
    const first = result.error?.issues[0];
    expect([first?.path, inEnglish(first?.message ?? "")]).toEqual([
      ["appPattern"],
      "Enter an app pattern: an AppId, an app name, shop-* or *.",
    ]);
  });
});
