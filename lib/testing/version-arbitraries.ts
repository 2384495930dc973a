import fc from "fast-check";

import {
  HTTP_SCHEMES,
  LIMITS,
  PROBE_TIMING,
  PROBE_TIMING_FIELDS,
  PROBE_TYPES,
  SPEC_VALUES,
  STORAGE_VALUES,
} from "@/lib/version/constants";
import type { ContainerForm, ProbeForm, VersionForm } from "@/lib/version/schema";

// fast-check arbitraries for the property tests: valid form values built from the published
// constants and the rules in lib/version/field-rules.ts, and the paths of a value's leaves and
// objects for targeted corruption. Test helper only.

const CONTROL = /[\u0000-\u001f\u007f]/g;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Characters that break naive encoders: URL, form, JSON, shell and HTML specials. */
const TRICKY = [..."%+&=#?/\\\"'<>;:,!*()~[]{}$`|^ ", "\u00a0", "\u2028", "é", "中", "😀", "🏳️‍🌈"];

/** Any printable text, including the tricky characters and non-BMP graphemes. */
const anyText = (maxGraphemes: number) =>
  fc.string({
    unit: fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 3, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
    ),
    maxLength: maxGraphemes,
  });

/** Text as a rule allows it: characters the rule forbids are removed, the length bound kept. */
const text = (max: number, forbidden: RegExp, opts: { minLength?: number } = {}) =>
  anyText(Math.min(max, 40))
    .map((s) => s.replace(forbidden, ""))
    .filter((s) => s.length <= max && s.length >= (opts.minLength ?? 0));

const noControl = (max: number) => text(max, CONTROL);

/**
 * Whatever a field that is kept but not sent may hold: anything within its length bound. The bound
 * is zod's, in UTF-16 code units, while fast-check counts code points or graphemes (one flag emoji
 * is 7 units), so the length is checked again.
 */
const kept = (max: number) =>
  fc
    .oneof(fc.string({ unit: "binary", maxLength: Math.min(max, 30) }), anyText(Math.min(max, 30)))
    .filter((s) => s.length <= max);

/** A whole number in range as typed, sometimes with leading zeros. */
const wholeNumber = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.nat({ max: 2 }))
    .map(([n, zeros]) => `${"0".repeat(zeros)}${n}`);

const port = wholeNumber(LIMITS.port.min, LIMITS.port.max);

const timing = fc.record(
  Object.fromEntries(
    PROBE_TIMING_FIELDS.map((f) => [
      f,
      fc.oneof(fc.constant(""), wholeNumber(PROBE_TIMING[f].min, PROBE_TIMING[f].max)),
    ]),
  ) as Record<(typeof PROBE_TIMING_FIELDS)[number], fc.Arbitrary<string>>,
);

const headerName = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,30}$/);
const headerValue = text(LIMITS.headers.valueMax, /[@\u0000-\u001f\u007f]/g);
const probeHost = fc.oneof(
  fc.constant(""),
  fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9.-]{0,40}[A-Za-z0-9])?$/),
);

/** The selected probe type's fields follow its rules; the other types' fields hold anything. */
function probe(type: ContainerForm["probeType"]): fc.Arbitrary<ProbeForm> {
  const exec =
    type === "exec"
      ? noControl(LIMITS.commandLine.max).filter((s) => s.trim() !== "")
      : kept(LIMITS.commandLine.max);
  const tcpPort = type === "tcpSocket" ? port : kept(16);
  const httpGet =
    type === "httpGet"
      ? fc.record({
          path: text(LIMITS.probePath.max - 1, /[\s\u0000-\u001f\u007f]/g).map((p) => `/${p}`),
          port,
          host: probeHost,
          scheme: fc.constantFrom(...HTTP_SCHEMES, "" as const),
          headers: fc.array(fc.record({ name: headerName, value: headerValue }), {
            maxLength: 4,
          }),
        })
      : fc.record({
          path: kept(LIMITS.probePath.max),
          port: kept(16),
          host: kept(LIMITS.probeHost.max),
          scheme: fc.constantFrom(...HTTP_SCHEMES, "" as const),
          headers: fc.array(
            fc.record({ name: kept(LIMITS.headers.nameMax), value: kept(LIMITS.headers.valueMax) }),
            { maxLength: 2 },
          ),
        });
  return fc
    .record({ exec, tcpPort, httpGet, timing })
    .map(({ exec: command, tcpPort: p, httpGet: h, timing: t }) => ({
      exec: { command },
      tcpSocket: { port: p },
      httpGet: h,
      ...t,
    }));
}

const acrText = text(LIMITS.acrField.max, /[\s\u0000-\u001f\u007f]/g);
const acrForRegistry = fc.record({
  isEnterpriseRegistry: fc.boolean(),
  domain: acrText,
  instanceId: acrText,
  regionId: fc.oneof(fc.constant(""), fc.stringMatching(/^[a-z]{2,6}-[a-z0-9-]{1,20}$/)),
  repoId: acrText,
  repoName: acrText,
  repoNamespace: acrText,
  tag: acrText,
  tagUrl: acrText,
});
const acrKept = fc.record({
  isEnterpriseRegistry: fc.boolean(),
  domain: kept(LIMITS.acrField.max),
  instanceId: kept(LIMITS.acrField.max),
  regionId: kept(LIMITS.acrField.max),
  repoId: kept(LIMITS.acrField.max),
  repoName: kept(LIMITS.acrField.max),
  repoNamespace: kept(LIMITS.acrField.max),
  tag: kept(LIMITS.acrField.max),
  tagUrl: kept(LIMITS.acrField.max),
});

const envRows = fc.uniqueArray(
  fc.record({
    key: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,30}$/),
    value: text(LIMITS.env.valueMax, /[,\u0000-\u001f\u007f]/g),
  }),
  { selector: (row) => row.key, maxLength: 5 },
);

const commandLine = noControl(LIMITS.commandLine.max);

export const validContainer: fc.Arbitrary<ContainerForm> = fc
  .record({
    name: fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/),
    image: text(LIMITS.image.max, /[\s@\u0000-\u001f\u007f]/g, { minLength: 1 }),
    isAcrImage: fc.boolean(),
    spec: fc.constantFrom(...SPEC_VALUES),
    storage: fc.constantFrom(...STORAGE_VALUES),
    command: commandLine,
    args: commandLine,
    postStart: commandLine,
    preStop: commandLine,
    env: envRows,
    probeType: fc.constantFrom(...PROBE_TYPES),
  })
  .chain((c) =>
    fc
      .record({ acr: c.isAcrImage ? acrForRegistry : acrKept, probe: probe(c.probeType) })
      .map((rest) => ({ ...c, ...rest })),
  );

/** Valid values, except that `name` is only a suffix: the test makes it unique per run. */
export const validVersionValues = (appIds: readonly string[]): fc.Arbitrary<VersionForm> =>
  fc.record({
    appId: fc.constantFrom(...appIds),
    name: text(LIMITS.versionName.max - 20, CONTROL).map((s) => s.trimEnd()),
    remarks: text(LIMITS.remarks.max, CONTROL_EXCEPT_LINES),
    containers: fc.uniqueArray(validContainer, {
      selector: (c) => c.name,
      minLength: 1,
      maxLength: 4,
    }),
  });

export type Path = (string | number)[];

/** Every leaf (string, boolean) and every object or array node of a plain JSON value. */
export function pathsOf(value: unknown, at: Path = []): { leaves: Path[]; nodes: Path[] } {
  const leaves: Path[] = [];
  const nodes: Path[] = [];
  const walk = (v: unknown, p: Path) => {
    if (Array.isArray(v)) {
      nodes.push(p);
      v.forEach((item, i) => walk(item, [...p, i]));
    } else if (v !== null && typeof v === "object") {
      nodes.push(p);
      for (const [k, item] of Object.entries(v)) walk(item, [...p, k]);
    } else leaves.push(p);
  };
  walk(value, at);
  return { leaves, nodes };
}

export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
}

/** Sets an own property, the way JSON.parse does, so "__proto__" is a key and not the prototype. */
export function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as object;
  Object.defineProperty(parent, path[path.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
