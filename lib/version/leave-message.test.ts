import { describe, expect, it } from "vitest";

import { emptyContainer } from "./defaults";
import { leaveMessage } from "./leave-message";
import { inEnglish, inLocale } from "@/lib/testing/i18n";

const containers = (n: number) => Array.from({ length: n }, (_, i) => emptyContainer(`c${i}`));

describe("leaveMessage", () => {
  it("names the version and counts its containers", () => {
    expect(inEnglish(leaveMessage({ name: " release-7 ", containers: containers(1) }))).toBe(
      'Version "release-7", with 1 container, has not been created. Your changes stay in this browser as a draft. Leave the editor?',
    );
    expect(inEnglish(leaveMessage({ name: "release-7", containers: containers(3) }))).toBe(
      'Version "release-7", with 3 containers, has not been created. Your changes stay in this browser as a draft. Leave the editor?',
    );
  });

  it("says when the version has no name yet", () => {
    expect(inEnglish(leaveMessage({ name: "  ", containers: containers(2) }))).toBe(
      "The new version (not yet named), with 2 containers, has not been created. Your changes stay in this browser as a draft. Leave the editor?",
    );
  });

  it("reads in Chinese", () => {
    expect(inLocale("zh-CN", leaveMessage({ name: "release-7", containers: containers(2) }))).toBe(
      "版本“release-7”（2 个容器）尚未创建。您的更改会作为草稿保存在此浏览器中。要离开编辑器吗？",
    );
  });
});
