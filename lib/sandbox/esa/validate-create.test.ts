import { describe, expect, it } from "vitest";
import { buildCreateVersionParams, buildReadableRequest } from "@/lib/version/build-params";
import { minimalVersion, validVersion } from "@/lib/testing/version-fixtures";
import { type CreateValidation, validateCreateWire } from "./validate-create";
import type { WireContainer } from "@/lib/version/wire-types";

// Base messages from the reference page's error table.
const BASE = {
  "InvalidParameter.Name":
    "The specified Name is invalid. Please check the Name parameter, which must be between 6 and 128 characters.",
  "InvalidParameter.Image": "The specified Image is invalid.",
  "InvalidParameter.HttpHeaders": "The specified HttpHeaders is invalid.",
  "InvalidParameter.appid": "The format of the application ID is invalid.",
  ParameterAlreadyExist: "Parameter uniqueness verification failed.",
  InvalidParameter: "The specified parameter is invalid.",
} as const;

/** The form body built from the valid 3-container version. */
function body(): Record<string, string> {
  return { ...buildCreateVersionParams(validVersion()) } as Record<string, string>;
}

/** The body with its Containers array edited as plain JSON. */
function withContainers(edit: (containers: Record<string, unknown>[]) => void) {
  const b = body();
  const containers = JSON.parse(b.Containers!) as Record<string, unknown>[];
  edit(containers);
  return { ...b, Containers: JSON.stringify(containers) };
}

const probeOf = (c: Record<string, unknown> | undefined) =>
  c!.ProbeContent as Record<string, unknown>;

function expectError(
  result: CreateValidation,
  code: keyof typeof BASE | "MissingParameter",
  ...mentions: string[]
) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  if (code !== "MissingParameter") expect(result.message.startsWith(BASE[code])).toBe(true);
  for (const m of mentions) expect(result.message).toContain(m);
}

describe("validateCreateWire: success", () => {
  it("accepts what the builder sends, returning the normalized containers", () => {
    const r = validateCreateWire(body());
    expect(r).toEqual({
      ok: true,
      appId: "app-880688675783790000",
      name: "release-2024-06",
      remarks: "Canary with health probes",
      containers: buildReadableRequest(validVersion()).Containers,
    });
  });

  it("returns remarks undefined when Remarks is absent or empty", () => {
    const b = { ...buildCreateVersionParams(minimalVersion()) } as Record<string, string>;
    expect(b).not.toHaveProperty("Remarks");
    const r = validateCreateWire(b);
    expect(r.ok && r.remarks).toBeUndefined();
    const empty = validateCreateWire({ ...b, Remarks: "" });
    expect(empty.ok).toBe(true);
    expect(empty.ok && empty.remarks).toBeUndefined();
  });

  it("normalizes the reference page's own example (ProbeContent as a JSON string)", () => {
    const r = validateCreateWire({
      AppId: "app-880688675783790000",
      Name: "version1",
      Containers: JSON.stringify([
        {
          Name: "container1",
          Image: "image1",
          IsACRImage: false,
          Spec: "1C2G",
          Storage: "0.5G",
          Command: "/bin/sh",
          Args: "-c hello",
          ProbeType: "tcpSocket",
          ProbeContent: '{"Port":8080}',
        },
        {
          Name: "container2",
          Image: "image2",
          IsACRImage: false,
          Spec: "2C4G",
          Storage: "0.5G",
          ProbeType: "httpGet",
          ProbeContent: '{"Path":"/","Port":80,"InitialDelaySeconds":10}',
        },
      ]),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.containers[0]!.ProbeContent).toEqual({ Port: 8080 });
    expect(r.containers[1]!.ProbeContent).toEqual({ Path: "/", Port: 80, InitialDelaySeconds: 10 });
    expect(r.containers[0]).toMatchObject({ Command: "/bin/sh", Args: "-c hello" });
  });

  it("normalizes Name/Value headers, drops empty strings, other probe types' fields and a non-ACR ACRImageInfo", () => {
    const wire = {
      Name: "web",
      Image: "nginx:1.25",
      IsACRImage: false,
      ACRImageInfo: { RegionId: "cn-hangzhou" },
      Spec: "1C2G",
      Storage: "0.5G",
      Command: "",
      EnvVariables: "",
      ProbeType: "httpGet",
      ProbeContent: {
        Path: "/healthz",
        Port: 80,
        Command: "ignored for httpGet",
        Scheme: "",
        HttpHeaders: '[{"Name":"Content-Type","Value":"application/json"}]',
      },
    };
    const r = validateCreateWire({
      AppId: "app-880688675783790000",
      Name: "release-1",
      Containers: JSON.stringify([wire]),
    });
    expect(r.ok && r.containers).toEqual([
      {
        Name: "web",
        Image: "nginx:1.25",
        IsACRImage: false,
        Spec: "1C2G",
        Storage: "0.5G",
        ProbeType: "httpGet",
        ProbeContent: {
          Path: "/healthz",
          Port: 80,
          HttpHeaders: '[{"Content-Type":"application/json"}]',
        },
      },
    ] satisfies WireContainer[]);
  });

  it("accepts the same containers with keys in any order", () => {
    const b = withContainers((cs) => {
      cs.forEach((c, i) => {
        const reversed = Object.fromEntries(Object.entries(c).reverse());
        cs[i] = reversed;
      });
    });
    const r = validateCreateWire(b);
    expect(r.ok && r.containers).toEqual(buildReadableRequest(validVersion()).Containers);
  });
});

describe("MissingParameter", () => {
  it.each(["AppId", "Name", "Containers"])("is returned when %s is missing", (key) => {
    const b = body();
    delete b[key];
    expectError(validateCreateWire(b), "MissingParameter", `"${key}"`);
  });

  it.each(["AppId", "Name", "Containers"])("is returned when %s is empty", (key) => {
    expectError(validateCreateWire({ ...body(), [key]: "" }), "MissingParameter", `"${key}"`);
  });

  it("names the first missing parameter in the order AppId, Name, Containers", () => {
    expectError(validateCreateWire({}), "MissingParameter", '"AppId"');
    expectError(
      validateCreateWire({ AppId: "app-880688675783790000" }),
      "MissingParameter",
      '"Name"',
    );
  });

  it("is not returned for a missing Remarks (optional)", () => {
    const b = body();
    delete b.Remarks;
    expect(validateCreateWire(b).ok).toBe(true);
  });
});

describe("InvalidParameter: Containers that are not a JSON array of containers", () => {
  it.each(["not json", "[{", "Containers.1.Name=web", "{'Name':'web'}"])(
    "rejects the non-JSON %j",
    (containers) => {
      expectError(
        validateCreateWire({ ...body(), Containers: containers }),
        "InvalidParameter",
        "Containers: must be a JSON array of containers, sent as one string",
      );
    },
  );

  it.each(['{"Name":"web"}', '"web"', "42", "null"])("rejects the non-array %j", (containers) => {
    expectError(
      validateCreateWire({ ...body(), Containers: containers }),
      "InvalidParameter",
      "Containers:",
    );
  });

  it("rejects an empty array", () => {
    expectError(
      validateCreateWire({ ...body(), Containers: "[]" }),
      "InvalidParameter",
      "Containers: Add at least one container.",
    );
  });

  it("rejects more than 50 containers", () => {
    const b = withContainers((cs) => {
      const template = cs[2]!;
      cs.length = 0;
      for (let i = 0; i < 51; i++) cs.push({ ...template, Name: `c${i}` });
    });
    expectError(
      validateCreateWire(b),
      "InvalidParameter",
      "Containers: A version can hold at most 50",
    );
  });
});

describe("InvalidParameter: structure", () => {
  it("rejects Port sent as a string", () => {
    const b = withContainers((cs) => (probeOf(cs[2]).Port = "6379"));
    expectError(
      validateCreateWire(b),
      "InvalidParameter",
      "Containers[2].ProbeContent.Port",
      "expected number",
    );
  });

  it("rejects a fractional Port", () => {
    const b = withContainers((cs) => (probeOf(cs[2]).Port = 80.5));
    expectError(
      validateCreateWire(b),
      "InvalidParameter",
      "Containers[2].ProbeContent.Port",
      "Use a whole number.",
    );
  });

  it("rejects a timing field sent as a string", () => {
    const b = withContainers((cs) => (probeOf(cs[0]).PeriodSeconds = "10"));
    expectError(
      validateCreateWire(b),
      "InvalidParameter",
      "Containers[0].ProbeContent.PeriodSeconds",
    );
  });

  it("rejects an unknown container key", () => {
    const b = withContainers((cs) => (cs[1]!.Replicas = 3));
    expectError(validateCreateWire(b), "InvalidParameter", "Containers[1]", "Replicas");
  });

  it("rejects a camelCase key (the SDK's property names are not wire names)", () => {
    const b = withContainers((cs) => {
      cs[0]!.probeContent = cs[0]!.ProbeContent;
      delete cs[0]!.ProbeContent;
    });
    expectError(validateCreateWire(b), "InvalidParameter", "Containers[0]");
  });

  it("rejects an unknown ProbeContent key", () => {
    const b = withContainers((cs) => (probeOf(cs[0]).Method = "GET"));
    expectError(validateCreateWire(b), "InvalidParameter", "Containers[0].ProbeContent", "Method");
  });

  it("rejects an unknown ACRImageInfo key", () => {
    const b = withContainers(
      (cs) => ((cs[0]!.ACRImageInfo as Record<string, unknown>).Password = "x"),
    );
    expectError(
      validateCreateWire(b),
      "InvalidParameter",
      "Containers[0].ACRImageInfo",
      "Password",
    );
  });

  it("rejects a JSON __proto__ key in a container", () => {
    const b = body();
    const containers = b.Containers!.replace(
      '{"Name":"worker"',
      '{"__proto__":{"x":1},"Name":"worker"',
    );
    expectError(
      validateCreateWire({ ...b, Containers: containers }),
      "InvalidParameter",
      "Containers[1]",
      "__proto__",
    );
  });

  it.each([
    ["Image", "Containers[1].Image"],
    ["IsACRImage", "Containers[1].IsACRImage"],
    ["Spec", "Containers[1].Spec"],
    ["ProbeType", "Containers[1].ProbeType"],
    ["ProbeContent", "Containers[1].ProbeContent"],
  ])("rejects a container without %s", (key, where) => {
    const b = withContainers((cs) => delete cs[1]![key]);
    expectError(validateCreateWire(b), "InvalidParameter", where);
  });

  it("rejects IsACRImage sent as a string", () => {
    const b = withContainers((cs) => (cs[1]!.IsACRImage = "false"));
    expectError(
      validateCreateWire(b),
      "InvalidParameter",
      "Containers[1].IsACRImage",
      "expected boolean",
    );
  });

  it("rejects ProbeContent text that is not JSON", () => {
    const b = withContainers((cs) => (cs[2]!.ProbeContent = "{Port: 80}"));
    expectError(validateCreateWire(b), "InvalidParameter", "Containers[2].ProbeContent");
  });

  it("rejects a PostStart object on create (create takes a string)", () => {
    const b = withContainers(
      (cs) => (cs[1]!.PostStart = { exec: { command: ["cat", "/etc/group"] } }),
    );
    expectError(validateCreateWire(b), "InvalidParameter", "Containers[1].PostStart");
  });

  it("rejects a non-object container", () => {
    const b = withContainers((cs) => (cs[1] = "worker" as unknown as Record<string, unknown>));
    expectError(validateCreateWire(b), "InvalidParameter", "Containers[1]");
  });
});

describe("InvalidParameter.Name", () => {
  it.each([
    ["5 characters", "abcde"],
    ["129 characters", "a".repeat(129)],
    ["a leading space", " release-1"],
    ["a control character", "release\n1"],
  ])("is returned for %s", (_, name) => {
    expectError(validateCreateWire({ ...body(), Name: name }), "InvalidParameter.Name", "(Name: ");
  });

  it("accepts 6 and 128 characters", () => {
    expect(validateCreateWire({ ...body(), Name: "abcdef" }).ok).toBe(true);
    expect(validateCreateWire({ ...body(), Name: "a".repeat(128) }).ok).toBe(true);
  });
});

describe("InvalidParameter.appid", () => {
  it.each(["app-1", "a".repeat(65), "app 880688675783790000", "app-88068867578379000@"])(
    "is returned for %j",
    (appId) => {
      expectError(
        validateCreateWire({ ...body(), AppId: appId }),
        "InvalidParameter.appid",
        "(AppId: ",
      );
    },
  );
});

describe("InvalidParameter.Image", () => {
  it('is returned for "@" in the 2nd container\'s image, naming Containers[1].Image', () => {
    const b = withContainers((cs) => (cs[1]!.Image = "busybox@sha256:0123"));
    expectError(validateCreateWire(b), "InvalidParameter.Image", "Containers[1].Image", '"@"');
  });

  it("is returned for whitespace and for an empty image", () => {
    expectError(
      validateCreateWire(withContainers((cs) => (cs[0]!.Image = "nginx 1.25"))),
      "InvalidParameter.Image",
      "Containers[0].Image",
    );
    expectError(
      validateCreateWire(withContainers((cs) => (cs[2]!.Image = ""))),
      "InvalidParameter.Image",
      "Containers[2].Image",
    );
  });
});

describe("InvalidParameter.HttpHeaders", () => {
  const setHeaders = (h: string) => withContainers((cs) => (probeOf(cs[0]).HttpHeaders = h));

  it.each([
    ['"@" in a value', '[{"From":"ops@example.com"}]'],
    ['"@" in a name', '[{"X@":"1"}]'],
    ["an empty string", ""],
    ["text that is not JSON", "Content-Type: application/json"],
    ["a bare number", "5"],
    ["a nested value", '[{"X":{"a":1}}]'],
    ["a line break in a value", '[{"X":"a\\r\\nb"}]'],
  ])("is returned for %s", (_, headers) => {
    expectError(
      validateCreateWire(setHeaders(headers)),
      "InvalidParameter.HttpHeaders",
      "Containers[0].ProbeContent.HttpHeaders",
    );
  });

  it("is not returned for headers on a probe type that ignores them", () => {
    const b = withContainers((cs) => (probeOf(cs[1]).HttpHeaders = '[{"From":"ops@example.com"}]'));
    const r = validateCreateWire(b);
    expect(r.ok).toBe(true);
    expect(r.ok && r.containers[1]!.ProbeContent).not.toHaveProperty("HttpHeaders");
  });

  it("accepts both published shapes", () => {
    for (const h of [
      '[{"Content-Type":"application/json"}]',
      '[{"Name":"Content-Type","Value":"application/json"}]',
    ]) {
      const r = validateCreateWire(setHeaders(h));
      expect(r.ok && r.containers[0]!.ProbeContent.HttpHeaders).toBe(
        '[{"Content-Type":"application/json"}]',
      );
    }
  });
});

describe("ParameterAlreadyExist", () => {
  it("is returned for a repeated container name, naming the repeat", () => {
    const b = withContainers((cs) => (cs[1]!.Name = "web"));
    expectError(
      validateCreateWire(b),
      "ParameterAlreadyExist",
      "Containers[1].Name",
      'already named "web"',
    );
  });

  it("is not returned for a repeated env key (that is a plain InvalidParameter)", () => {
    const b = withContainers((cs) => (cs[0]!.EnvVariables = "A=1,A=2"));
    expectError(
      validateCreateWire(b),
      "InvalidParameter",
      "Containers[0].EnvVariables (variable 2)",
      "A is already set",
    );
  });
});

describe("InvalidParameter: other value rules, reported on the wire path", () => {
  it.each([
    [
      "Spec",
      (cs: Record<string, unknown>[]) => (cs[0]!.Spec = "16C64G"),
      "Containers[0].Spec: Choose a spec",
    ],
    [
      "Storage",
      (cs: Record<string, unknown>[]) => (cs[1]!.Storage = "1T"),
      "Containers[1].Storage",
    ],
    [
      "ProbeType",
      (cs: Record<string, unknown>[]) => (cs[2]!.ProbeType = "TCP"),
      "Containers[2].ProbeType",
    ],
    [
      "a container name",
      (cs: Record<string, unknown>[]) => (cs[2]!.Name = "Redis_1"),
      "Containers[2].Name: Use lowercase",
    ],
    [
      "Port 0",
      (cs: Record<string, unknown>[]) => (probeOf(cs[2]).Port = 0),
      "Containers[2].ProbeContent.Port: Use a port between 1 and 65535.",
    ],
    [
      "Port 65536",
      (cs: Record<string, unknown>[]) => (probeOf(cs[0]).Port = 65536),
      "Containers[0].ProbeContent.Port",
    ],
    [
      "a missing tcpSocket Port",
      (cs: Record<string, unknown>[]) => delete probeOf(cs[2]).Port,
      "Containers[2].ProbeContent.Port: Enter the port",
    ],
    [
      "a missing exec Command",
      (cs: Record<string, unknown>[]) => delete probeOf(cs[1]).Command,
      "Containers[1].ProbeContent.Command",
    ],
    [
      "a missing httpGet Path",
      (cs: Record<string, unknown>[]) => delete probeOf(cs[0]).Path,
      "Containers[0].ProbeContent.Path",
    ],
    [
      "a path without /",
      (cs: Record<string, unknown>[]) => (probeOf(cs[0]).Path = "healthz"),
      "Containers[0].ProbeContent.Path: Start the path",
    ],
    [
      "TimeoutSeconds 0",
      (cs: Record<string, unknown>[]) => (probeOf(cs[0]).TimeoutSeconds = 0),
      "Containers[0].ProbeContent.TimeoutSeconds",
    ],
    [
      "a negative delay",
      (cs: Record<string, unknown>[]) => (probeOf(cs[0]).InitialDelaySeconds = -1),
      "Containers[0].ProbeContent.InitialDelaySeconds",
    ],
    [
      "a comma-less env entry with a bad key",
      (cs: Record<string, unknown>[]) => (cs[1]!.EnvVariables = "1X=1"),
      "Containers[1].EnvVariables (variable 1)",
    ],
    [
      "a region ID",
      (cs: Record<string, unknown>[]) =>
        ((cs[0]!.ACRImageInfo as Record<string, unknown>).RegionId = "Hangzhou"),
      "Containers[0].ACRImageInfo.RegionId",
    ],
    [
      "a control character in Command",
      (cs: Record<string, unknown>[]) => (cs[1]!.Command = "sh\nrm"),
      "Containers[1].Command",
    ],
  ])("%s", (_, edit, mention) => {
    expectError(validateCreateWire(withContainers(edit)), "InvalidParameter", mention);
  });

  it("Remarks over 1024 characters", () => {
    expectError(
      validateCreateWire({ ...body(), Remarks: "r".repeat(1025) }),
      "InvalidParameter",
      "(Remarks: ",
    );
  });

  it("reports the first problem when there are several", () => {
    const b = withContainers((cs) => {
      cs[1]!.Image = "a@b";
      cs[2]!.Name = "web";
    });
    expectError(validateCreateWire({ ...b, Name: "short" }), "InvalidParameter.Name");
    expectError(validateCreateWire(b), "InvalidParameter.Image", "Containers[1].Image");
  });
});
