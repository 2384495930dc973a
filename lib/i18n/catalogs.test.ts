import { readdirSync, readFileSync } from "node:fs";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

import { LOCALES } from "./locales";

// Every catalog says the same things: the same keys as English, and in each message the same ICU
// arguments and tags (a translation that drops {name} or <mono> would show a blank or break).

const DIR = new URL("./messages/", import.meta.url);
type Tree = { [key: string]: string | Tree };

function load(locale: string): Tree {
  return JSON.parse(readFileSync(new URL(`${locale}.json`, DIR), "utf8")) as Tree;
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** "arg:name:type" and "tag:name" of every argument and tag, nested ones included. */
function signature(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
        found.add(`arg:${el.value}:${el.type}`);
      } else if (el.type === TYPE.plural || el.type === TYPE.select) {
        found.add(`arg:${el.value}:${el.type}`);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) {
        found.add(`tag:${el.value}`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const english = flatten(load("en"));

describe("message catalogs", () => {
  it("has a catalog file for every locale, English first", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
    expect([...LOCALES].sort()).toEqual(files.sort());
    expect(LOCALES[0]).toBe("en");
    expect(LOCALES).toContain("zh-CN");
  });

  it("English messages all parse as ICU and none is empty", () => {
    for (const [key, message] of english) {
      expect(message.trim(), key).not.toBe("");
      expect(() => parse(message), key).not.toThrow();
    }
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    describe(locale, () => {
      const other = flatten(load(locale));

      it("has exactly English's keys", () => {
        const missing = [...english.keys()].filter((k) => !other.has(k));
        const extra = [...other.keys()].filter((k) => !english.has(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it("uses the same ICU arguments and tags in every message", () => {
        const mismatched: string[] = [];
        for (const [key, message] of other) {
          const en = english.get(key);
          if (en === undefined) continue;
          expect(message.trim(), key).not.toBe("");
          const ours = signature(message).join(" ");
          const theirs = signature(en).join(" ");
          if (ours !== theirs) mismatched.push(`${key}: en [${theirs}] vs ${locale} [${ours}]`);
        }
        expect(mismatched).toEqual([]);
      });
    });
  }
});
