import { describe, expect, it } from "vitest";
import { splitIntoBlocks } from "./code-view";

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join("\n");

describe("splitIntoBlocks", () => {
  it("joins back to exactly the text it was given", () => {
    for (const text of [
      "",
      "one line",
      "a\n",
      "\n\n\n",
      lines(39),
      lines(40),
      `${lines(40)}\n`,
      lines(1000),
    ]) {
      expect(splitIntoBlocks(text).join("")).toBe(text);
    }
  });

  it("cuts after every 40th line break, each block ending with its line break", () => {
    const blocks = splitIntoBlocks(lines(100));
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.split("\n")).toHaveLength(41); // 40 lines, then the empty rest after the last break
    expect(blocks[0]!.endsWith("line 40\n")).toBe(true);
    expect(blocks[1]!.startsWith("line 41\n")).toBe(true);
    expect(blocks[2]).toBe(lines(100).split("\n").slice(80).join("\n"));
  });

  it("keeps short texts in one block and never returns no block", () => {
    expect(splitIntoBlocks("x")).toEqual(["x"]);
    expect(splitIntoBlocks("")).toEqual([""]);
    expect(splitIntoBlocks(lines(3), 2)).toEqual(["line 1\nline 2\n", "line 3"]);
  });
});
