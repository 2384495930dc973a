import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWireContainer } from "./build-params";
import {
  PROBE_TIMING,
  PROBE_TIMING_FIELDS,
  PROBE_TYPES,
  SPEC_VALUES,
  STORAGE_VALUES,
} from "./constants";
import { emptyAcrImage, emptyProbe } from "./defaults";
import {
  containerFormFromWire,
  hookToCommandLine,
  parseEnvVariables,
  parseHttpHeaders,
} from "./from-wire";
import { versionFormSchema } from "./request-schema";
import { type ContainerForm, containerFormSchema } from "./schema";
import {
  APP_ID,
  execContainer,
  httpGetContainer,
  tcpContainer,
} from "@/lib/testing/version-fixtures";

// ---- generators for valid containers -------------------------------------------------------

const oneOf = <T>(...values: T[]) => fc.constantFrom(...values);
const matching = (re: RegExp) => fc.stringMatching(re);
const optional = (arb: fc.Arbitrary<string>) => fc.oneof(fc.constant(""), arb);

/** Non-blank command lines without control characters or a leading "{" (which reads as JSON). */
const commandLine = matching(/^[A-Za-z0-9/._=-][A-Za-z0-9 /._='"$-]{0,30}$/);
const timing = Object.fromEntries(
  PROBE_TIMING_FIELDS.map((f) => [
    f,
    optional(fc.integer({ min: PROBE_TIMING[f].min, max: PROBE_TIMING[f].max }).map(String)),
  ]),
) as Record<(typeof PROBE_TIMING_FIELDS)[number], fc.Arbitrary<string>>;
const port = fc.integer({ min: 1, max: 65535 }).map(String);
const acrText = optional(matching(/^[a-z0-9][a-z0-9._-]{0,12}$/));

const validContainer: fc.Arbitrary<ContainerForm> = fc
  .record({
    name: matching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/),
    image: matching(/^[a-z0-9][a-z0-9._/:-]{0,40}$/),
    isAcrImage: fc.boolean(),
    acr: fc.record({
      isEnterpriseRegistry: fc.boolean(),
      domain: acrText,
      instanceId: acrText,
      regionId: optional(matching(/^[a-z]{2,4}-[a-z0-9-]{1,10}$/)),
      repoId: acrText,
      repoName: acrText,
      repoNamespace: acrText,
      tag: acrText,
      tagUrl: acrText,
    }),
    spec: oneOf(...SPEC_VALUES),
    storage: oneOf(...STORAGE_VALUES),
    command: optional(commandLine),
    args: optional(commandLine),
    postStart: optional(commandLine),
    preStop: optional(commandLine),
    env: fc.uniqueArray(
      fc.record({
        key: matching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/),
        value: matching(/^[^,\u0000-\u001f\u007f]{0,12}$/),
      }),
      { selector: (r) => r.key, maxLength: 5 },
    ),
    probeType: oneOf(...PROBE_TYPES),
    probe: fc.record({
      exec: fc.record({ command: commandLine }),
      tcpSocket: fc.record({ port }),
      httpGet: fc.record({
        path: matching(/^\/[A-Za-z0-9/._~%-]{0,20}$/),
        port,
        host: optional(matching(/^[a-z0-9]([a-z0-9.-]{0,10}[a-z0-9])?$/)),
        scheme: oneOf("http" as const, "https" as const, "" as const),
        headers: fc.array(
          fc.record({
            name: matching(/^[A-Za-z0-9-]{1,12}$/),
            value: matching(/^[^@\u0000-\u001f\u007f]{0,12}$/),
          }),
          { maxLength: 4 },
        ),
      }),
      ...timing,
    }),
  })
  .map((c) => c as ContainerForm);

/** What survives a trip through the wire: the selected probe type's fields and the timing; the
 * other types' fields come back as the editor's defaults; ACR fields only for an ACR image. */
function expectedAfterRoundTrip(c: ContainerForm): ContainerForm {
  const probe = emptyProbe();
  for (const f of PROBE_TIMING_FIELDS) probe[f] = c.probe[f];
  if (c.probeType === "exec") probe.exec = c.probe.exec;
  if (c.probeType === "tcpSocket") probe.tcpSocket = c.probe.tcpSocket;
  if (c.probeType === "httpGet") probe.httpGet = c.probe.httpGet;
  return { ...c, acr: c.isAcrImage ? c.acr : emptyAcrImage(), probe };
}

/** The arguments a POSIX shell splits `line` into: the judge of "correctly shell-quoted". */
function shellWords(line: string): string[] {
  const out = execFileSync("/bin/sh", ["-c", `printf '%s\\0' ${line}`], { encoding: "utf8" });
  return out.split("\0").slice(0, -1);
}

describe("round trip: containerFormFromWire(buildWireContainer(c))", () => {
  it.each([
    ["httpGet with ACR, env and headers", httpGetContainer],
    ["exec with hooks and default timing", execContainer],
    ["tcpSocket with nothing optional", tcpContainer],
  ])("gives back the %s container", (_, make) => {
    const c = make();
    expect(containerFormFromWire(buildWireContainer(c))).toEqual(expectedAfterRoundTrip(c));
  });

  it("gives back the chosen fields exactly, for each probe type", () => {
    const web = containerFormFromWire(buildWireContainer(httpGetContainer()));
    expect(web.probe.httpGet).toEqual(httpGetContainer().probe.httpGet);
    expect(web.env).toEqual(httpGetContainer().env);
    expect(web.acr).toEqual(httpGetContainer().acr);
    const worker = containerFormFromWire(buildWireContainer(execContainer()));
    expect(worker.probe.exec.command).toBe("cat /tmp/healthy");
    expect(worker.postStart).toBe("sh -c 'echo started'");
    expect(worker.probe.timeoutSeconds).toBe("");
    expect(worker.probe.initialDelaySeconds).toBe("0");
    const redis = containerFormFromWire(buildWireContainer(tcpContainer()));
    expect(redis.probe.tcpSocket.port).toBe("6379");
  });

  it("drops ACR details of a non-ACR image (they were never sent)", () => {
    const c = { ...httpGetContainer(), isAcrImage: false };
    expect(containerFormFromWire(buildWireContainer(c)).acr).toEqual(emptyAcrImage());
  });

  it("holds for generated valid containers (property)", () => {
    fc.assert(
      fc.property(validContainer, (c) => {
        const check = containerFormSchema.safeParse(c);
        expect(check.error?.issues ?? []).toEqual([]);
        expect(containerFormFromWire(buildWireContainer(c))).toEqual(expectedAfterRoundTrip(c));
      }),
      { numRuns: 300 },
    );
  });

  it("survives JSON: the reader accepts the parsed Containers string", () => {
    fc.assert(
      fc.property(validContainer, (c) => {
        const wire: unknown = JSON.parse(JSON.stringify(buildWireContainer(c)));
        expect(containerFormFromWire(wire)).toEqual(expectedAfterRoundTrip(c));
      }),
      { numRuns: 100 },
    );
  });
});

describe("hookToCommandLine (PostStart / PreStop)", () => {
  const execForm = { exec: { command: ["cat", "/etc/group"] } };

  it("turns the Get response's exec object into a space-separated line", () => {
    expect(hookToCommandLine(execForm)).toBe("cat /etc/group");
  });

  it("reads the same shape when it arrives as JSON text", () => {
    expect(hookToCommandLine(JSON.stringify(execForm))).toBe("cat /etc/group");
    expect(hookToCommandLine(`  ${JSON.stringify(execForm)}\n`)).toBe("cat /etc/group");
  });

  it("quotes an argument with spaces so a shell splits it back the same way", () => {
    const command = ["sh", "-c", "echo hello world"];
    const line = hookToCommandLine({ exec: { command } });
    expect(line).toBe("sh -c 'echo hello world'");
    expect(shellWords(line)).toEqual(command);
  });

  it.each([
    [["sh", "poststart.sh", "echo hello world"]],
    [["echo", "it's", 'say "hi"']],
    [["printf", "%s", "$HOME", "`id`", "a;b", "*", "a|b", "~", "#x"]],
    [["", "empty", "  "]],
    [["back\\slash", "tab\there"]],
  ])("shell-quotes %j faithfully", (command) => {
    const line = hookToCommandLine({ exec: { command } });
    expect(shellWords(line)).toEqual(command);
    // Also as JSON text, as the Get documentation shows it.
    expect(hookToCommandLine(JSON.stringify({ exec: { command } }))).toBe(line);
  });

  it("keeps any other text exactly as stored, even when it looks like JSON", () => {
    // Found by the create property test: " {}" was sent and came back as "{}".
    for (const line of [" {}", "{}", '{"a":1}', " {not json", '{"exec":{"command":"x"}}'])
      expect(hookToCommandLine(line)).toBe(line);
  });

  it("quotes any printable ASCII arguments faithfully (property, checked by /bin/sh)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({
            unit: fc.integer({ min: 0x20, max: 0x7e }).map((n) => String.fromCharCode(n)),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (command) => {
          expect(shellWords(hookToCommandLine({ exec: { command } }))).toEqual(command);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("keeps a plain string as it is (create's own shape)", () => {
    expect(hookToCommandLine(`sh prestop.sh "echo hello world"`)).toBe(
      `sh prestop.sh "echo hello world"`,
    );
  });

  it("keeps text that starts with { but is not JSON", () => {
    expect(hookToCommandLine("{not json")).toBe("{not json");
  });

  it("reads a missing or null hook as empty", () => {
    expect(hookToCommandLine(undefined)).toBe("");
    expect(hookToCommandLine(null)).toBe("");
  });

  it("fills the form's postStart and preStop from a Get-style container", () => {
    const c = containerFormFromWire({
      ...buildWireContainer(execContainer()),
      PostStart: { exec: { command: ["cat", "/etc/group"] } },
      PreStop: JSON.stringify({ exec: { command: ["sh", "-c", "sleep 5 && echo bye"] } }),
    });
    expect(c.postStart).toBe("cat /etc/group");
    expect(c.preStop).toBe("sh -c 'sleep 5 && echo bye'");
    expect(containerFormSchema.safeParse(c).success).toBe(true);
  });
});

describe("parseHttpHeaders", () => {
  it('reads one-key objects: [{"Content-Type":"application/json"}]', () => {
    expect(parseHttpHeaders('[{"Content-Type":"application/json"}]')).toEqual([
      { name: "Content-Type", value: "application/json" },
    ]);
  });

  it('reads Name/Value objects: [{"Name":"X","Value":"y"}]', () => {
    expect(parseHttpHeaders('[{"Name":"X","Value":"y"},{"name":"Accept","value":"*/*"}]')).toEqual([
      { name: "X", value: "y" },
      { name: "Accept", value: "*/*" },
    ]);
  });

  it("reads a plain object, one row per key", () => {
    expect(parseHttpHeaders('{"Content-Type":"application/json","X-A":"1"}')).toEqual([
      { name: "Content-Type", value: "application/json" },
      { name: "X-A", value: "1" },
    ]);
  });

  it("reads a several-key object inside the array as several rows, in order", () => {
    expect(parseHttpHeaders('[{"A":"1","B":"2"},{"C":"3"}]')).toEqual([
      { name: "A", value: "1" },
      { name: "B", value: "2" },
      { name: "C", value: "3" },
    ]);
  });

  it("reads scalar values as text", () => {
    expect(parseHttpHeaders('[{"X-Retry":3},{"X-On":true},{"X-Null":null}]')).toEqual([
      { name: "X-Retry", value: "3" },
      { name: "X-On", value: "true" },
      { name: "X-Null", value: "" },
    ]);
  });

  it("reads an empty array as no rows", () => {
    expect(parseHttpHeaders("[]")).toEqual([]);
  });

  it.each([
    "",
    "Content-Type",
    "[{",
    "5",
    '"text"',
    "[1]",
    '["a"]',
    '[{"A":{"b":1}}]',
    '{"A":["x"]}',
  ])("returns null for the unreadable %j", (wire) => {
    expect(parseHttpHeaders(wire)).toBeNull();
  });

  it("inverts serializeHeaders through the builder", () => {
    const c = httpGetContainer();
    const wire = buildWireContainer(c).ProbeContent.HttpHeaders!;
    expect(parseHttpHeaders(wire)).toEqual(c.probe.httpGet.headers);
  });
});

describe("containerFormFromWire: HttpHeaders and ProbeContent shapes", () => {
  const httpWire = (probeContent: unknown) => ({
    Name: "web",
    Image: "nginx:1.25",
    IsACRImage: false,
    Spec: "1C2G",
    Storage: "0.5G",
    ProbeType: "httpGet",
    ProbeContent: probeContent,
  });

  it.each([
    ['[{"Content-Type":"application/json"}]'],
    ['[{"Name":"Content-Type","Value":"application/json"}]'],
    ['{"Content-Type":"application/json"}'],
  ])("reads HttpHeaders %s into one row", (headers) => {
    const c = containerFormFromWire(httpWire({ Path: "/", Port: 80, HttpHeaders: headers }));
    expect(c.probe.httpGet.headers).toEqual([{ name: "Content-Type", value: "application/json" }]);
  });

  it.each(["", "Content-Type", "5", '[{"A":{"b":1}}]'])(
    "keeps the unreadable HttpHeaders %j as one row that the schema flags",
    (headers) => {
      const c = containerFormFromWire(httpWire({ Path: "/", Port: 80, HttpHeaders: headers }));
      expect(c.probe.httpGet.headers).toEqual([{ name: "", value: headers }]);
      const r = versionFormSchema.safeParse({
        appId: APP_ID,
        name: "release-1",
        remarks: "",
        containers: [c],
      });
      expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([
        "containers.0.probe.httpGet.headers.0.name",
      ]);
    },
  );

  it("reads ProbeContent given as a JSON string (the reference page's example shape)", () => {
    const c = containerFormFromWire(httpWire('{"Path":"/","Port":80,"InitialDelaySeconds":10}'));
    expect(c.probe.httpGet).toEqual({ path: "/", port: "80", host: "", scheme: "", headers: [] });
    expect(c.probe.initialDelaySeconds).toBe("10");
    expect(c.probe.timeoutSeconds).toBe("");
  });

  it("reads the reference page's tcpSocket example", () => {
    const c = containerFormFromWire({
      Name: "container1",
      Image: "image1",
      Spec: "1C2G",
      Command: "/bin/sh",
      Args: "-c hello",
      ProbeType: "tcpSocket",
      ProbeContent: '{"Port":8080}',
    });
    expect(c).toMatchObject({
      name: "container1",
      image: "image1",
      spec: "1C2G",
      command: "/bin/sh",
      args: "-c hello",
      probeType: "tcpSocket",
      isAcrImage: false,
    });
    expect(c.probe.tcpSocket.port).toBe("8080");
  });

  it("reads ProbeContent as an object and as its JSON text identically", () => {
    const pc = { Command: "cat /tmp/healthy", PeriodSeconds: 5, FailureThreshold: 2 };
    const wire = { ...httpWire(pc), ProbeType: "exec" };
    expect(containerFormFromWire({ ...wire, ProbeContent: JSON.stringify(pc) })).toEqual(
      containerFormFromWire(wire),
    );
    expect(containerFormFromWire(wire).probe.exec.command).toBe("cat /tmp/healthy");
  });

  it("reads unparseable ProbeContent text as an empty probe, which the schema then flags", () => {
    const c = containerFormFromWire(httpWire("{Port: 80"));
    expect(c.probe.httpGet.port).toBe("");
    expect(c.probe.httpGet.path).toBe("");
  });
});

describe("containerFormFromWire: other fields", () => {
  it("reads ACRImageInfo when present", () => {
    const c = containerFormFromWire({
      ...buildWireContainer(tcpContainer()),
      IsACRImage: true,
      ACRImageInfo: { IsEnterpriseRegistry: true, RegionId: "cn-shanghai", Tag: "3.40.2" },
    });
    expect(c.isAcrImage).toBe(true);
    expect(c.acr).toEqual({
      ...emptyAcrImage(),
      isEnterpriseRegistry: true,
      regionId: "cn-shanghai",
      tag: "3.40.2",
    });
  });

  it("keeps unknown enum values as received, so the schema reports them on their field", () => {
    const c = containerFormFromWire({
      ...buildWireContainer(tcpContainer()),
      Spec: "16C64G",
      Storage: "1T",
      ProbeType: "grpc",
    });
    expect([c.spec, c.storage, c.probeType]).toEqual(["16C64G", "1T", "grpc"]);
    const r = versionFormSchema.safeParse({
      appId: APP_ID,
      name: "release-1",
      remarks: "",
      containers: [c],
    });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([
      "containers.0.spec",
      "containers.0.storage",
      "containers.0.probeType",
    ]);
  });

  it("reads IsACRImage strictly: only true is true", () => {
    for (const v of ["true", 1, undefined]) {
      expect(containerFormFromWire({ IsACRImage: v }).isAcrImage).toBe(false);
    }
  });

  it.each([null, undefined, 42, "web", []])(
    "reads the non-object %j as an empty container without throwing",
    (raw) => {
      const c = containerFormFromWire(raw);
      expect(c.name).toBe("");
      expect(c.image).toBe("");
      expect(c.env).toEqual([]);
    },
  );
});

describe("parseEnvVariables", () => {
  it.each([
    [
      "A=1,B=2",
      [
        { key: "A", value: "1" },
        { key: "B", value: "2" },
      ],
    ],
    ["VITE_APP_TITLE=My App", [{ key: "VITE_APP_TITLE", value: "My App" }]],
    ["URL=a=b=c", [{ key: "URL", value: "a=b=c" }]],
    ["EMPTY=", [{ key: "EMPTY", value: "" }]],
    ["FLAG", [{ key: "FLAG", value: "" }]],
    ["", []],
    ["   ", []],
  ])("reads %j", (wire, rows) => {
    expect(parseEnvVariables(wire)).toEqual(rows);
  });

  it("keeps an empty segment as a row, for the schema to flag", () => {
    expect(parseEnvVariables("A=1,,B=2")).toEqual([
      { key: "A", value: "1" },
      { key: "", value: "" },
      { key: "B", value: "2" },
    ]);
  });
});

describe("edge shapes the service may return", () => {
  it("keeps an empty HttpHeaders list as one empty row, which the schema refuses like the service does", () => {
    const c = containerFormFromWire({
      Name: "a",
      Image: "x:1",
      IsACRImage: false,
      Spec: "1C2G",
      Storage: "0.5G",
      ProbeType: "httpGet",
      ProbeContent: { Path: "/", Port: 80, HttpHeaders: "[]" },
    });
    expect(c.probe.httpGet.headers).toEqual([{ name: "", value: "" }]);
  });
  it("shows an unknown hook object as JSON instead of [object Object]", () => {
    expect(hookToCommandLine({ httpGet: { path: "/x" } })).toBe('{"httpGet":{"path":"/x"}}');
  });
});
