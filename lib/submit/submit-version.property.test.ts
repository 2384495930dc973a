import { stringify as formEncode } from "node:querystring";

import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { buildCreateVersionParams } from "@/lib/version/build-params";
import { LIMITS } from "@/lib/version/constants";
import type { CreateVersionResult } from "@/lib/submit/results";
import { createBodyBytes } from "@/lib/version/request-size";
import type { VersionForm } from "@/lib/version/schema";
import { httpGetContainer, validVersion } from "@/lib/testing/version-fixtures";
import { allInEnglish } from "@/lib/testing/i18n";

import { startSubmitHarness, type SubmitHarness } from "@/lib/testing/sandbox-submit-harness";
import {
  getAt,
  pathsOf,
  setAt,
  validVersionValues,
  type Path,
} from "@/lib/testing/version-arbitraries";

// Hostile input straight into submitVersion, the way a crafted server-action request delivers it:
// it never throws, nothing invalid reaches the service, and the answer is a structured refusal.
// Valid input, generated from the same rules, is accepted by the sandbox and stored as sent.

// Field messages are for a person; one that echoes a megabyte of input is a bug.
const MAX_MESSAGE_CHARS = 1_000;

let h: SubmitHarness;
beforeAll(async () => {
  h = await startSubmitHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const plain = (): VersionForm =>
  JSON.parse(JSON.stringify({ ...validVersion(), appId: h.appId })) as VersionForm;
const key = (path: Path) => path.map(String).join(".");

/** A refusal with field errors, each with a path and a message a person can act on (read as the
 * English UI shows it: every reference renders to words, none to a bare catalog key). */
function assertRefused(answer: CreateVersionResult, at?: Path, orWithin = false): void {
  const result = allInEnglish(answer);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result)}`);
  expect(result.code).toBe("ValidationFailed");
  expect(result.message).toMatch(/needs? attention/);
  expect(result.fieldErrors?.length).toBeGreaterThan(0);
  for (const fe of result.fieldErrors ?? []) {
    expect(typeof fe.path).toBe("string");
    expect(fe.message.trim()).not.toBe("");
    expect(fe.message).not.toMatch(/^\uE000|^(validation|submit)\.[\w.]+$/);
    expect(fe.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  }
  // However much was wrong, the answer to the browser stays small.
  expect(JSON.stringify(result).length).toBeLessThan(128 * 1024);
  if (!at) return;
  const paths = result.fieldErrors!.map((fe) => fe.path);
  if (!orWithin) expect(paths).toContain(key(at));
  else expect(paths.filter((p) => p === key(at) || p.startsWith(`${key(at)}.`))).not.toEqual([]);
}

async function nothingReachedTheService(): Promise<void> {
  expect(await h.requests()).toEqual([]);
}

const { leaves, nodes } = pathsOf(validVersion());
const objectNodes = nodes.filter((p) => !Array.isArray(getAt(validVersion(), p)));

describe("hostile input", () => {
  it("fc.anything() is refused with field errors", async () => {
    const anything = fc.anything({
      maxDepth: 5,
      stringUnit: "binary",
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    await fc.assert(
      fc.asyncProperty(anything, async (input) => assertRefused(await h.submitVersion(input))),
      { numRuns: 1_000 },
    );
    await nothingReachedTheService();
  });

  it("a field of the wrong type is refused on that field", async () => {
    const corrupted = fc
      .tuple(fc.constantFrom(...leaves), fc.anything({ withBigInt: true, withNullPrototype: true }))
      .filter(([path, value]) => typeof value !== typeof getAt(validVersion(), path));
    await fc.assert(
      fc.asyncProperty(corrupted, async ([path, value]) => {
        const input = plain();
        setAt(input, path, value);
        assertRefused(await h.submitVersion(input), path);
      }),
      { numRuns: 400 },
    );
    await nothingReachedTheService();
  });

  it("unknown keys, __proto__ and constructor included, are refused and pollute nothing", async () => {
    const injected = fc
      .tuple(
        fc.constantFrom(...objectNodes),
        fc.oneof(
          fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "then"),
          fc.string({ minLength: 1 }),
        ),
        fc.anything(),
      )
      .filter(([path, k]) => !Object.hasOwn(getAt(validVersion(), path) as object, k));
    await fc.assert(
      fc.asyncProperty(injected, async ([path, k, value]) => {
        const input = plain();
        setAt(input, [...path, k], value);
        assertRefused(await h.submitVersion(input), path);
      }),
      { numRuns: 400 },
    );

    const text = JSON.stringify(plain()).replace(
      /^\{/,
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    assertRefused(await h.submitVersion(JSON.parse(text)), []);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    await nothingReachedTheService();
  });

  it("control characters are refused in every field that is sent and forbids them", async () => {
    const judged = leaves.filter((p) => {
      const k = key(p);
      if (typeof getAt(validVersion(), p) !== "string") return false;
      // Container 0 probes by httpGet and container 1 by exec: the other types' fields are kept
      // unsent and unjudged. Images and ACR fields refuse whitespace, not every control character.
      if (/^containers\.0\.probe\.(exec|tcpSocket)\./.test(k)) return false;
      if (/^containers\.1\.probe\.(httpGet|tcpSocket)\./.test(k)) return false;
      if (/^containers\.2\.probe\.(httpGet|exec)\./.test(k)) return false;
      return !/\.(image|spec|storage|probeType|scheme|acr\.\w+)$|^appId$/.test(k);
    });
    const withControl = fc.tuple(
      fc.constantFrom(...judged),
      fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      fc.nat(),
    );
    await fc.assert(
      fc.asyncProperty(withControl, async ([path, char, at]) => {
        const input = plain();
        const original = getAt(input, path) as string;
        // Remarks may hold line breaks and tabs.
        const c = key(path) === "remarks" && "\t\n\r".includes(char) ? "\u0000" : char;
        const i = at % (original.length + 1);
        setAt(input, path, `${original.slice(0, i)}${c}${original.slice(i)}`);
        assertRefused(await h.submitVersion(input), path);
      }),
      { numRuns: 300 },
    );
    await nothingReachedTheService();
  });

  it("a megabyte string in any text field is refused on that field without echoing it", async () => {
    const stringLeaves = leaves.filter((p) => typeof getAt(validVersion(), p) === "string");
    const huge = fc.tuple(
      fc.constantFrom(...stringLeaves),
      fc.constantFrom("a", "0", "-", " ", "\u0000", "@", "😀", ","),
      fc.integer({ min: 900_000, max: 1_000_000 }),
    );
    await fc.assert(
      fc.asyncProperty(huge, async ([path, unit, length]) => {
        const input = plain();
        setAt(input, path, unit.repeat(Math.ceil(length / unit.length)));
        assertRefused(await h.submitVersion(input), path);
      }),
      { numRuns: 40 },
    );
    await nothingReachedTheService();
  });

  it("ten thousand containers, env rows, probe headers or unknown keys are refused", async () => {
    const many = <T>(make: (i: number) => T) => Array.from({ length: 10_000 }, (_, i) => make(i));

    const containers = plain();
    containers.containers = many((i) => ({ ...httpGetContainer(), name: `c${i}` }));
    assertRefused(await h.submitVersion(containers), ["containers"]);

    const env = plain();
    env.containers[0]!.env = many((i) => ({ key: `K${i}`, value: "v" }));
    assertRefused(await h.submitVersion(env), ["containers", 0, "env"]);

    const headers = plain();
    headers.containers[0]!.probe.httpGet.headers = many(() => ({ name: "X-A", value: "1" }));
    assertRefused(await h.submitVersion(headers), ["containers", 0, "probe", "httpGet", "headers"]);

    const keys = Object.assign(plain(), Object.fromEntries(many((i) => [`extra${i}`, i])));
    assertRefused(await h.submitVersion(keys), []);

    // Within every count bound, yet thousands of invalid fields: 50 containers of 100 bad rows.
    const invalidRows = plain();
    invalidRows.containers = Array.from({ length: LIMITS.containers.max }, (_, i) => ({
      ...httpGetContainer(),
      name: `c${i}`,
      env: Array.from({ length: LIMITS.env.maxVariables }, () => ({ key: "1", value: "," })),
    }));
    assertRefused(await h.submitVersion(invalidRows), ["containers", 0, "env", 0, "key"]);
    await nothingReachedTheService();
  });

  it("exotic objects that make validation itself throw are refused, not thrown", async () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error("Cannot access a client reference on the server");
        },
        ownKeys: () => {
          throw new Error("Cannot enumerate a client reference on the server");
        },
      },
    );
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const exotic: [Path, unknown][] = [
      [["appId"], { length: Object.create(null) }],
      [["name"], { length: throwing }],
      [["containers", 0, "image"], { length: { [Symbol.toPrimitive]: () => Symbol("x") } }],
      [["containers", 0], throwing],
      [["containers"], revoked.proxy],
      [[], throwing],
    ];
    for (const [path, value] of exotic) {
      const input = plain();
      if (path.length === 0) assertRefused(await h.submitVersion(value));
      else {
        setAt(input, path, value);
        // Still on the field it was sent for: validation threw, the value was set aside, and the
        // rest judged again.
        assertRefused(await h.submitVersion(input), path);
      }
    }
    await nothingReachedTheService();
  });

  it("deeply nested values anywhere are refused", async () => {
    const deep = fc.tuple(
      fc.constantFrom(...leaves, ...nodes.filter((p) => p.length > 0)),
      fc.integer({ min: 1_000, max: 10_000 }),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(deep, async ([path, depth, arrays]) => {
        const input = plain();
        const nested = arrays
          ? "[".repeat(depth) + "]".repeat(depth)
          : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
        setAt(input, path, JSON.parse(nested));
        // An array where an array belongs is refused at its first element.
        assertRefused(await h.submitVersion(input), path, true);
      }),
      { numRuns: 40 },
    );
    await nothingReachedTheService();
  });

  it("a broken UTF-16 surrogate in the name or remarks is refused, not mangled on the wire", async () => {
    // Name and Remarks travel as raw form fields: Node's form encoder throws on a lone surrogate
    // at the end of a string and silently merges one with the next character elsewhere.
    const broken = fc.tuple(
      fc.constantFrom<Path>(["name"], ["remarks"]),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      fc.nat(),
    );
    await fc.assert(
      fc.asyncProperty(broken, async ([path, surrogate, at]) => {
        const input = plain();
        const original = getAt(input, path) as string;
        const i = at % (original.length + 1);
        setAt(input, path, `${original.slice(0, i)}${surrogate}${original.slice(i)}`);
        assertRefused(await h.submitVersion(input), path);
      }),
      { numRuns: 100 },
    );
    await nothingReachedTheService();
  });
});

describe("valid input", () => {
  it("generated from the rules is accepted by the sandbox and stored exactly as sent", async () => {
    const appIds = h.sandbox.store.listApps().map((a) => a.AppId);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(validVersionValues(appIds), async (generated) => {
        runs += 1;
        const values = { ...generated, name: `prop-${runs}-${generated.name}` };
        const result = await h.submitVersion(values);
        expect(result).toMatchObject({ ok: true, alreadyCreated: false });

        const stored = h.versionsNamed(values.name, values.appId);
        expect(stored).toHaveLength(1);
        const sent = buildCreateVersionParams(values);
        expect(stored[0]!.VersionId).toBe(result.ok && result.versionId);
        expect(stored[0]!.Remarks).toBe(sent.Remarks ?? "");
        expect(stored[0]!.Containers).toEqual(JSON.parse(sent.Containers));
        // The schema's body-size rule measures exactly what openapi-client's encoder sends.
        expect(createBodyBytes(buildCreateVersionParams(values))).toBe(
          Buffer.byteLength(formEncode({ ...sent })),
        );
      }),
      { numRuns: 150 },
    );
    const creates = await h.createRequests();
    expect(creates).toHaveLength(runs);
    expect(creates.filter((r) => r.status !== 200)).toEqual([]);
  });

  it("the largest version the schema allows is accepted by the sandbox; one byte more is refused", async () => {
    const largest = versionOfBodyBytes(LIMITS.requestBodyBytes);
    expect(createBodyBytes(buildCreateVersionParams(largest))).toBe(LIMITS.requestBodyBytes);
    expect(await h.submitVersion(largest)).toMatchObject({ ok: true, alreadyCreated: false });

    const tooLarge = versionOfBodyBytes(LIMITS.requestBodyBytes + 1);
    tooLarge.name = "one-byte-too-large";
    assertRefused(await h.submitVersion(tooLarge), ["containers"]);
    expect(await h.createRequests()).toHaveLength(1);
  });
});

/** A valid version whose create body is exactly `bytes` long, padded with environment values. */
function versionOfBodyBytes(bytes: number): VersionForm {
  const v = { ...validVersion(), appId: h.appId, name: "largest-accepted" };
  const pad = "x".repeat(LIMITS.env.valueMax);
  let rows = 0;
  const addRows = (n: number) => {
    for (let i = 0; i < n; i += 1, rows += 1) {
      if (rows % LIMITS.env.maxVariables === 0)
        v.containers.push({ ...httpGetContainer(), name: `pad${rows}`, env: [] });
      v.containers.at(-1)!.env.push({ key: `PAD${rows}`, value: pad });
    }
  };
  // Measuring a megabyte body is not free: grow in steps of ten rows, then one at a time.
  while (createBodyBytes(buildCreateVersionParams(v)) < bytes - 20 * pad.length) addRows(10);
  while (createBodyBytes(buildCreateVersionParams(v)) < bytes) addRows(1);
  // Each "x" is one byte on the wire: trim the overshoot from the last value.
  const last = v.containers.at(-1)!.env.at(-1)!;
  last.value = last.value.slice(
    0,
    last.value.length - (createBodyBytes(buildCreateVersionParams(v)) - bytes),
  );
  return v;
}
