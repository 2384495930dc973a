import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json";

import { PROBE_TIMING_FIELDS } from "./constants";

// Every catalog key the schema and the submit path name exists in the catalog: a misspelt key
// would show the key itself to a person. Keys built from a name (fieldName("tag"),
// keptName("tag"), a timing label) are checked through the names passed.

const DIRS = ["lib/version", "lib/submit"];
const PREFIXED: Record<string, string> = {
  msg: "",
  fieldName: "validation.fields.",
  keptName: "validation.kept.fields.",
};

function sources(): { file: string; text: string }[] {
  return DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => ({ file: path.join(dir, f), text: readFileSync(path.join(dir, f), "utf8") })),
  );
}

function lookup(key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

describe("catalog keys named in lib/version and lib/submit", () => {
  const named = sources().flatMap(({ file, text }) =>
    Object.entries(PREFIXED).flatMap(([fn, prefix]) =>
      [...text.matchAll(new RegExp(`\\b${fn}\\(\\s*"([\\w.]+)"`, "g"))].map((m) => ({ file, key: prefix + m[1] })),
    ),
  );

  it("finds the references (the scan itself works)", () => {
    expect(named.length).toBeGreaterThan(80);
  });

  it.each(named.map(({ file, key }) => [key, file]))("%s (%s) is a message", (key) => {
    expect(typeof lookup(key)).toBe("string");
  });

  it("every probe timing field has a label", () => {
    for (const f of PROBE_TIMING_FIELDS) expect(typeof lookup(`validation.timing.labels.${f}`)).toBe("string");
  });
});
