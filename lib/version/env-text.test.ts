import { parse as dotenvParse } from "dotenv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { formatEnvText, parseEnvText } from "./env-text";
import { allInEnglish, inLocale } from "@/lib/testing/i18n";

const rowsOf = (text: string) => parseEnvText(text).rows;

describe("parseEnvText follows dotenv", () => {
  it("strips a comment after an unquoted value, keeps # inside quotes", () => {
    expect(rowsOf("KEY=value # comment")).toEqual([{ key: "KEY", value: "value" }]);
    expect(rowsOf("KEY=value#tight")).toEqual([{ key: "KEY", value: "value" }]);
    expect(rowsOf('HASH="with-#-hash" # comment')).toEqual([{ key: "HASH", value: "with-#-hash" }]);
    expect(rowsOf("EMPTY= # nothing")).toEqual([{ key: "EMPTY", value: "" }]);
  });

  it("expands \\n and \\r inside double quotes only", () => {
    expect(rowsOf('MSG="a\\nb"')).toEqual([{ key: "MSG", value: "a\nb" }]);
    expect(rowsOf('MSG="a\\rb"')).toEqual([{ key: "MSG", value: "a\rb" }]);
    expect(rowsOf("MSG='a\\nb'")).toEqual([{ key: "MSG", value: "a\\nb" }]);
    expect(rowsOf("MSG=a\\nb")).toEqual([{ key: "MSG", value: "a\\nb" }]);
  });

  it("reads a double-quoted value spanning lines as one variable, numbering the lines after it right", () => {
    const parsed = parseEnvText('FIRST=1\nKEY="line one\nline two"\nAFTER=2\nbroken');
    expect(parsed.rows).toEqual([
      { key: "FIRST", value: "1" },
      { key: "KEY", value: "line one\nline two" },
      { key: "AFTER", value: "2" },
      { key: "broken", value: "" },
    ]);
    expect(parsed.lines.map((l) => l.line)).toEqual([1, 2, 4, 5]);
    expect(allInEnglish(parsed.problems)).toEqual([{ line: 5, message: 'Line 5: write it as KEY=VALUE (no "=" found).' }]);
    expect(inLocale("zh-CN", parsed.problems[0]!.message)).toBe("第 5 行：请写成 KEY=VALUE（未找到“=”）。");
  });

  it("takes export, the KEY: value form, spaces around = and Windows line ends", () => {
    expect(rowsOf("export A=1\r\nB: 2\r\n  C = 3  ")).toEqual([
      { key: "A", value: "1" },
      { key: "B", value: "2" },
      { key: "C", value: "3" },
    ]);
  });

  it("never drops what was typed: unreadable lines and repeated keys stay rows", () => {
    const parsed = parseEnvText("# settings\nA=1\nno equals sign\nMY KEY=x\nA=2");
    expect(parsed.rows).toEqual([
      { key: "A", value: "1" },
      { key: "no equals sign", value: "" },
      { key: "MY KEY", value: "x" },
      { key: "A", value: "2" },
    ]);
    expect(parsed.lines.map((l) => l.line)).toEqual([2, 3, 4, 5]);
    expect(parsed.problems.map((p) => p.line)).toEqual([3]);
  });

  // Text built from entries of dotenv's syntax, with values drawn from the characters its rules
  // turn on. Lines never start with a quote or a space, where dotenv's \s* would reach from an
  // empty value on the line before into the next one (a quirk not reproduced here).
  const KEY = fc.stringMatching(/^[A-Za-z_][\w.-]{0,6}$/);
  const VALUE_CHARS = fc.constantFrom("a", "b", " ", "#", "'", '"', "`", "\\", "n", "=", ":");
  const value = fc.array(VALUE_CHARS, { maxLength: 10 }).map((cs) => cs.join(""));
  const quote = fc.constantFrom("'", '"', "`");
  const entry = fc.oneof(
    fc.tuple(fc.boolean(), KEY, fc.constantFrom("=", " = ", ": "), value, fc.constantFrom("", " # note")).map(
      ([exported, key, sep, v, comment]) => `${exported ? "export " : ""}${key}${sep}${v}${comment}`,
    ),
    fc.tuple(KEY, quote, value, value).map(([key, q, a, b]) => `${key}=${q}${a}\n${b.trimStart()}${q}`),
    fc.constantFrom("# a comment", "", "not a variable"),
  );
  const text = fc
    .array(entry, { maxLength: 6 })
    .map((entries) => entries.join("\n"))
    .filter((t) => !/\n[\s'"`]/.test(t.replace(/\n(?=\n)/g, "")));

  it("reads every variable as dotenv's parse() does", () => {
    fc.assert(
      fc.property(text, (t) => {
        const ours: Record<string, string> = {};
        for (const { key, value: v } of parseEnvText(t).rows) if (/^[\w.-]+$/.test(key)) ours[key] = v;
        expect(ours).toEqual(dotenvParse(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatEnvText", () => {
  it("quotes only what needs it", () => {
    expect(formatEnvText([{ key: "A", value: "plain value" }])).toBe("A=plain value");
    expect(formatEnvText([{ key: "A", value: " padded" }])).toBe('A=" padded"');
    expect(formatEnvText([{ key: "A", value: "x#y" }])).toBe('A="x#y"');
    expect(formatEnvText([{ key: "A", value: 'say "hi"' }])).toBe('A=say "hi"');
    expect(formatEnvText([{ key: "A", value: '"hi" she said' }])).toBe("A='\"hi\" she said'");
    expect(formatEnvText([{ key: "A", value: "two\nlines" }])).toBe('A="two\\nlines"');
  });

  it("writes rows that read back as the same rows", () => {
    const chars = fc.constantFrom("a", " ", "#", "'", '"', "\\", "n", "\n", "=");
    const row = fc.record({
      key: fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,5}$/),
      value: fc.array(chars, { maxLength: 8 }).map((cs) => cs.join("")),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        // The spellings formatEnvText documents as having no exact form are left out.
        fc.pre(rows.every(({ value: v }) => !/\\$/.test(v) || formatEnvText([{ key: "K", value: v }]) === `K=${v}`));
        expect(parseEnvText(formatEnvText(rows)).rows).toEqual(rows);
      }),
      { numRuns: 2000 },
    );
  });
});
