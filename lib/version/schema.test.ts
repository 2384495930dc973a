import { describe, expect, it } from "vitest";
import {
  LIMITS,
  PROBE_TIMING,
  PROBE_TIMING_FIELDS,
  SPEC_VALUES,
  STORAGE_VALUES,
} from "./constants";
import { emptyContainer, emptyVersionForm } from "./defaults";
import { versionFormSchema } from "./request-schema";
import { type ContainerForm, type VersionForm } from "./schema";
import {
  APP_ID,
  execContainer,
  httpGetContainer,
  tcpContainer,
  validVersion,
} from "@/lib/testing/version-fixtures";
import { inEnglish, inLocale } from "@/lib/testing/i18n";
import { isMessageRef } from "@/lib/i18n/message-ref";

/** An issue as a person reads it: `message` in English; `raw` is what the schema produced. */
type Found = { path: string; message: string; code: string; raw: string };

function issuesOf(values: unknown): Found[] {
  const r = versionFormSchema.safeParse(values);
  return r.success
    ? []
    : r.error.issues.map((i) => ({
        path: i.path.join("."),
        message: inEnglish(i.message),
        code: i.code,
        raw: i.message,
      }));
}

/** validVersion() with one change. */
function edit(mutate: (v: VersionForm) => void): VersionForm {
  const v = validVersion();
  mutate(v);
  return v;
}

/** A version whose only container is `c` after `mutate`. */
function single(c: ContainerForm, mutate: (c: ContainerForm) => void = () => {}): VersionForm {
  mutate(c);
  return { appId: APP_ID, name: "release-1", remarks: "", containers: [c] };
}

/** The JSON-able form values with a raw value written at `path` (for wrong types and keys). */
function withRaw(path: (string | number)[], value: unknown): unknown {
  const root = JSON.parse(JSON.stringify(validVersion())) as Record<string | number, unknown>;
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return root;
}

/** A person-facing sentence: capitalised, ends with a full stop, long enough to say what to do. */
function expectSentence(message: string) {
  expect(message).toMatch(/^[A-Z"][^\n]{15,}\.$/);
}

function expectValid(values: unknown) {
  expect(issuesOf(values)).toEqual([]);
}

/** Fails unless every issue sits at `path` and one of the messages matches `message`. */
function expectIssueAt(values: unknown, path: string, message: RegExp) {
  const found = issuesOf(values);
  expect(found.length, `expected an issue at ${path}`).toBeGreaterThan(0);
  expect(found.map((i) => i.path)).toEqual(found.map(() => path));
  expect(
    found.map((i) => i.message).some((m) => message.test(m)),
    JSON.stringify(found),
  ).toBe(true);
  for (const f of found) expectSentence(f.message);
}

describe("versionFormSchema: the fixtures", () => {
  it("accepts the 3-container version (one container per probe type)", () => {
    expectValid(validVersion());
  });

  it("accepts the editor's defaults once the required fields are filled", () => {
    const v = emptyVersionForm(APP_ID);
    v.name = "first-version";
    v.containers[0]!.image = "nginx:1.25";
    v.containers[0]!.probe.tcpSocket.port = "80";
    expectValid(v);
  });

  it("rejects the untouched defaults, naming each missing field", () => {
    const paths = issuesOf(emptyVersionForm()).map((i) => i.path);
    expect(paths).toEqual([
      "appId",
      "name",
      "containers.0.image",
      "containers.0.probe.tcpSocket.port",
    ]);
  });
});

describe("Name", () => {
  it.each([
    ["6 characters", "a".repeat(6)],
    ["128 characters", "a".repeat(128)],
    ["inner spaces", "release 1 canary"],
    ["non-ASCII", "版本-release"],
  ])("accepts %s", (_, name) => {
    expectValid(edit((v) => (v.name = name)));
  });

  it("rejects 5 characters", () => {
    expectIssueAt(
      edit((v) => (v.name = "a".repeat(5))),
      "name",
      /at least 6 characters.*6-128/,
    );
  });

  it("rejects 129 characters", () => {
    expectIssueAt(
      edit((v) => (v.name = "a".repeat(129))),
      "name",
      /at most 128 characters/,
    );
  });

  it("rejects an empty name", () => {
    expectIssueAt(
      edit((v) => (v.name = "")),
      "name",
      /at least 6 characters/,
    );
  });

  it.each([" release-1", "release-1 ", "\u00a0release-1"])(
    "rejects leading or trailing space in %j",
    (name) => {
      expectIssueAt(
        edit((v) => (v.name = name)),
        "name",
        /Remove the spaces at the start or end/,
      );
    },
  );

  it.each(["release\t1", "release\n1", "release\u00001", "release\u007f1"])(
    "rejects the control character in %j",
    (name) => {
      expectIssueAt(
        edit((v) => (v.name = name)),
        "name",
        /control character/,
      );
    },
  );
});

describe("Remarks", () => {
  it.each([
    ["empty", ""],
    ["1024 characters", "r".repeat(1024)],
    ["line breaks", "first line\nsecond line\r\nthird"],
  ])("accepts %s", (_, remarks) => {
    expectValid(edit((v) => (v.remarks = remarks)));
  });

  it("rejects 1025 characters", () => {
    expectIssueAt(
      edit((v) => (v.remarks = "r".repeat(1025))),
      "remarks",
      /at most 1024/,
    );
  });

  it.each(["bell\u0007", "nul\u0000", "escape\u001b[0m", "form\u000cfeed"])(
    "rejects the control character in %j",
    (r) => {
      expectIssueAt(
        edit((v) => (v.remarks = r)),
        "remarks",
        /control character/,
      );
    },
  );

  it("allows tabs along with line breaks (free text)", () => {
    expectValid(edit((v) => (v.remarks = "a\tb\r\nc")));
  });
});

describe("appId", () => {
  it.each([
    ["the documented masked example", "app-88068867578379****"],
    ["20 characters", "a".repeat(20)],
    ["64 characters", "a".repeat(64)],
    ["underscores", "app_880688675783790000"],
  ])("accepts %s", (_, appId) => {
    expectValid(edit((v) => (v.appId = appId)));
  });

  it("asks to choose an application when empty", () => {
    expectIssueAt(
      edit((v) => (v.appId = "")),
      "appId",
      /Choose the application/,
    );
  });

  it.each([
    ["19 characters", "a".repeat(19)],
    ["65 characters", "a".repeat(65)],
  ])("rejects %s", (_, appId) => {
    expectIssueAt(
      edit((v) => (v.appId = appId)),
      "appId",
      /20-64 characters/,
    );
  });

  it.each(["app 880688675783790000", "app/880688675783790000", "app-88068867578379000@"])(
    "rejects the character in %j",
    (appId) => {
      expectIssueAt(
        edit((v) => (v.appId = appId)),
        "appId",
        /only letters, digits and dashes/,
      );
    },
  );
});

describe("containers", () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const c = tcpContainer();
      c.name = `c${i}`;
      return c;
    });

  it("rejects an empty list", () => {
    expectIssueAt(
      edit((v) => (v.containers = [])),
      "containers",
      /Add at least one container/,
    );
  });

  it("accepts 50 containers", () => {
    expectValid(edit((v) => (v.containers = many(50))));
  });

  it("rejects 51 containers", () => {
    expectIssueAt(
      edit((v) => (v.containers = many(51))),
      "containers",
      /at most 50 containers/,
    );
  });
});

describe("container name", () => {
  it.each(["a", "web", "api-server", "web1", "1web", "a".repeat(63)])("accepts %j", (name) => {
    expectValid(single(tcpContainer(), (c) => (c.name = name)));
  });

  it("asks for a name when empty", () => {
    expectIssueAt(
      single(tcpContainer(), (c) => (c.name = "")),
      "containers.0.name",
      /Give the container a name/,
    );
  });

  it.each(["Web", "-web", "web-", "web_1", "web.1", "web 1", "wéb"])("rejects %j", (name) => {
    expectIssueAt(
      single(tcpContainer(), (c) => (c.name = name)),
      "containers.0.name",
      /lowercase letters, digits and dashes/,
    );
  });

  it("rejects 64 characters", () => {
    expectIssueAt(
      single(tcpContainer(), (c) => (c.name = "a".repeat(64))),
      "containers.0.name",
      /at most 63 characters/,
    );
  });

  it("flags a duplicate at the later container, naming the first", () => {
    const v = edit((v) => (v.containers[2]!.name = "web"));
    const found = issuesOf(v);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe("containers.2.name");
    expect(found[0]!.message).toBe(
      'Container 1 is already named "web". Container names must be unique within a version.',
    );
  });

  it("flags every repeat of a name, and only the repeats", () => {
    const v = edit((v) => {
      v.containers[1]!.name = "web";
      v.containers[2]!.name = "web";
    });
    expect(issuesOf(v).map((i) => i.path)).toEqual(["containers.1.name", "containers.2.name"]);
  });

  it("does not count empty names as duplicates (each is reported as empty instead)", () => {
    const v = edit((v) => {
      v.containers[0]!.name = "";
      v.containers[1]!.name = "";
    });
    const found = issuesOf(v);
    expect(found.map((i) => i.path)).toEqual(["containers.0.name", "containers.1.name"]);
    expect(found.every((i) => /Give the container a name/.test(i.message))).toBe(true);
  });
});

describe("Spec and Storage", () => {
  it.each(SPEC_VALUES)("accepts spec %s", (spec) => {
    expectValid(single(tcpContainer(), (c) => (c.spec = spec)));
  });

  it.each(STORAGE_VALUES)("accepts storage %s", (storage) => {
    expectValid(single(tcpContainer(), (c) => (c.storage = storage)));
  });

  it.each(["1c2g", "16C64G", "", "1C2G "])(
    "rejects spec %j, listing the published values",
    (spec) => {
      expectIssueAt(
        single(tcpContainer(), (c) => (c.spec = spec as ContainerForm["spec"])),
        "containers.0.spec",
        /^Choose a spec: 1C2G, 2C4G, 2C8G, 4C8G, 4C16G, 8C16G, 8C32G\.$/,
      );
    },
  );

  it.each(["1G", "0.5g", "40G", ""])("rejects storage %j, listing the published values", (s) => {
    expectIssueAt(
      single(tcpContainer(), (c) => (c.storage = s as ContainerForm["storage"])),
      "containers.0.storage",
      /^Choose a storage size: 0\.5G, 10G, 20G, 30G\.$/,
    );
  });
});

describe("probeType", () => {
  it.each([
    ["exec", execContainer()],
    ["tcpSocket", tcpContainer()],
    ["httpGet", httpGetContainer()],
  ])("accepts %s", (_, c) => {
    expectValid(single(c));
  });

  it.each(["http", "HTTPGET", "tcp", "Exec", ""])("rejects %j", (t) => {
    expectIssueAt(
      single(tcpContainer(), (c) => (c.probeType = t as ContainerForm["probeType"])),
      "containers.0.probeType",
      /Choose a probe type: exec, tcpSocket or httpGet/,
    );
  });
});

describe("probe fields of the selected type", () => {
  it.each(["", "   "])("exec needs a command (%j)", (command) => {
    expectIssueAt(
      single(execContainer(), (c) => (c.probe.exec.command = command)),
      "containers.0.probe.exec.command",
      /Enter the command the exec probe runs/,
    );
  });

  it("exec command rejects a control character", () => {
    expectIssueAt(
      single(execContainer(), (c) => (c.probe.exec.command = "cat\t/tmp/healthy")),
      "containers.0.probe.exec.command",
      /control character/,
    );
  });

  it("tcpSocket needs a port", () => {
    expectIssueAt(
      single(tcpContainer(), (c) => (c.probe.tcpSocket.port = "")),
      "containers.0.probe.tcpSocket.port",
      /Enter the port to probe \(1-65535\)/,
    );
  });

  it("httpGet needs a port", () => {
    expectIssueAt(
      single(httpGetContainer(), (c) => (c.probe.httpGet.port = "")),
      "containers.0.probe.httpGet.port",
      /Enter the port to probe/,
    );
  });

  it("httpGet needs a path", () => {
    expectIssueAt(
      single(httpGetContainer(), (c) => (c.probe.httpGet.path = "")),
      "containers.0.probe.httpGet.path",
      /Enter the path to request/,
    );
  });

  it.each(["healthz", "./healthz", "http://x/healthz"])(
    "httpGet path %j must start with /",
    (p) => {
      expectIssueAt(
        single(httpGetContainer(), (c) => (c.probe.httpGet.path = p)),
        "containers.0.probe.httpGet.path",
        /Start the path with a slash/,
      );
    },
  );

  it("httpGet path rejects spaces", () => {
    expectIssueAt(
      single(httpGetContainer(), (c) => (c.probe.httpGet.path = "/health check")),
      "containers.0.probe.httpGet.path",
      /Remove the spaces from the path/,
    );
  });

  it.each(["/", "/healthz", "/api/v1/health?full=1"])("httpGet accepts path %j", (p) => {
    expectValid(single(httpGetContainer(), (c) => (c.probe.httpGet.path = p)));
  });

  it.each(["www.example.com", "localhost", "10.0.0.1", ""])("httpGet accepts host %j", (h) => {
    expectValid(single(httpGetContainer(), (c) => (c.probe.httpGet.host = h)));
  });

  it.each(["http://www.example.com", "example.com:8080", "example.com/path", "-example.com"])(
    "httpGet rejects host %j",
    (h) => {
      expectIssueAt(
        single(httpGetContainer(), (c) => (c.probe.httpGet.host = h)),
        "containers.0.probe.httpGet.host",
        /without a scheme, port or path/,
      );
    },
  );

  it.each(["http", "https", ""])("accepts scheme %j", (scheme) => {
    expectValid(
      single(httpGetContainer(), (c) => (c.probe.httpGet.scheme = scheme as "http" | "https" | "")),
    );
  });

  it.each(["HTTP", "ftp", "tcp"])("rejects scheme %j", (scheme) => {
    expectIssueAt(
      single(httpGetContainer(), (c) => (c.probe.httpGet.scheme = scheme as "http")),
      "containers.0.probe.httpGet.scheme",
      /^Choose http or https\.$/,
    );
  });
});

describe("Port", () => {
  const portCases = [
    ["tcpSocket", tcpContainer, (c: ContainerForm, p: string) => (c.probe.tcpSocket.port = p)],
    ["httpGet", httpGetContainer, (c: ContainerForm, p: string) => (c.probe.httpGet.port = p)],
  ] as const;

  for (const [type, make, set] of portCases) {
    it.each(["1", "80", "65535"])(`${type} accepts %j`, (port) => {
      expectValid(single(make(), (c) => set(c, port)));
    });

    it.each(["0", "65536", "99999999999999999999"])(
      `${type} rejects %j as out of range`,
      (port) => {
        expectIssueAt(
          single(make(), (c) => set(c, port)),
          `containers.0.probe.${type}.port`,
          /^Use a port between 1 and 65535\.$/,
        );
      },
    );

    it.each(["80a", "-1", "8.5", " 80", "0x50"])(
      `${type} rejects %j as not a whole number`,
      (port) => {
        expectIssueAt(
          single(make(), (c) => set(c, port)),
          `containers.0.probe.${type}.port`,
          /^Enter the port as a whole number between 1 and 65535\.$/,
        );
      },
    );
  }
});

describe("probe timing", () => {
  for (const field of PROBE_TIMING_FIELDS) {
    const { min, max, label } = PROBE_TIMING[field];
    const set = (value: string) => single(tcpContainer(), (c) => (c.probe[field] = value));
    const at = `containers.0.probe.${field}`;

    it(`${field}: accepts empty (service default), ${min} and ${max}`, () => {
      expectValid(set(""));
      expectValid(set(String(min)));
      expectValid(set(String(max)));
    });

    it(`${field}: rejects ${max + 1}`, () => {
      expectIssueAt(
        set(String(max + 1)),
        at,
        new RegExp(`^${label} must be between ${min} and ${max}\\.$`),
      );
    });

    if (min > 0)
      it(`${field}: rejects ${min - 1}`, () => {
        expectIssueAt(
          set(String(min - 1)),
          at,
          new RegExp(`^${label} must be between ${min} and ${max}`),
        );
      });

    it.each(["-1", "1.5", "ten", "1e2", " 5"])(
      `${field}: rejects %j as not a whole number`,
      (v) => {
        expectIssueAt(
          set(v),
          at,
          new RegExp(`^${label}: Enter a whole number from ${min} to ${max}`),
        );
      },
    );
  }

  it("allows 0 for the initial delay but not for the timeout or period", () => {
    expect(PROBE_TIMING.initialDelaySeconds.min).toBe(0);
    expectValid(single(tcpContainer(), (c) => (c.probe.initialDelaySeconds = "0")));
    expectIssueAt(
      single(tcpContainer(), (c) => (c.probe.timeoutSeconds = "0")),
      "containers.0.probe.timeoutSeconds",
      /Timeout must be between 1 and 600/,
    );
    expectIssueAt(
      single(tcpContainer(), (c) => (c.probe.periodSeconds = "0")),
      "containers.0.probe.periodSeconds",
      /Period must be between 1 and 3600/,
    );
  });

  it("judges timing whatever the probe type", () => {
    for (const make of [execContainer, tcpContainer, httpGetContainer]) {
      const v = single(make(), (c) => (c.probe.failureThreshold = "101"));
      expect(issuesOf(v).map((i) => i.path)).toEqual(["containers.0.probe.failureThreshold"]);
    }
  });
});

describe("only the selected probe type is judged", () => {
  const breakExec = (c: ContainerForm) => (c.probe.exec.command = "");
  const breakTcp = (c: ContainerForm) => (c.probe.tcpSocket.port = "0");
  const breakHttp = (c: ContainerForm) =>
    (c.probe.httpGet = {
      path: "no-slash",
      port: "80a",
      host: "http://bad host",
      scheme: "http",
      headers: [{ name: "Bad Name@", value: "a@b\n" }],
    });

  it("ignores an invalid httpGet port (and path, host, headers) and tcpSocket port when probeType is exec", () => {
    expectValid(
      single(execContainer(), (c) => {
        breakTcp(c);
        breakHttp(c);
      }),
    );
  });

  it("ignores an invalid exec command and httpGet fields when probeType is tcpSocket", () => {
    expectValid(
      single(tcpContainer(), (c) => {
        breakExec(c);
        breakHttp(c);
      }),
    );
  });

  it("ignores an empty exec command and tcpSocket port 0 when probeType is httpGet", () => {
    expectValid(
      single(httpGetContainer(), (c) => {
        breakExec(c);
        breakTcp(c);
      }),
    );
  });

  it("judges the same fields once the type is switched to them", () => {
    const toHttp = single(execContainer(), (c) => {
      breakHttp(c);
      c.probeType = "httpGet";
    });
    expect(issuesOf(toHttp).map((i) => i.path)).toEqual([
      "containers.0.probe.httpGet.path",
      "containers.0.probe.httpGet.port",
      "containers.0.probe.httpGet.host",
      "containers.0.probe.httpGet.headers.0.name",
      "containers.0.probe.httpGet.headers.0.value",
      "containers.0.probe.httpGet.headers.0.value",
    ]);
    const toTcp = single(execContainer(), (c) => {
      breakTcp(c);
      c.probeType = "tcpSocket";
    });
    expect(issuesOf(toTcp).map((i) => i.path)).toEqual(["containers.0.probe.tcpSocket.port"]);
    const toExec = single(tcpContainer(), (c) => {
      breakExec(c);
      c.probeType = "exec";
    });
    expect(issuesOf(toExec).map((i) => i.path)).toEqual(["containers.0.probe.exec.command"]);
  });

  it("still bounds the length of kept fields, and says so on the probe type picker too", () => {
    const v = single(
      tcpContainer(),
      (c) => (c.probe.exec.command = "x".repeat(LIMITS.commandLine.max + 1)),
    );
    // On the field itself (shown once exec is selected again) and on the control a person can see:
    // with the exec fields hidden, an error only at their path would leave Create version silent.
    const found = issuesOf(v);
    expect(found.map((i) => i.path)).toEqual(["containers.0.probe.exec.command", "containers.0.probeType"]);
    expect(found[0]!.message).toMatch(/longer than 4096 characters/);
    expect(found[1]!.message).toBe(
      "The exec probe command kept from earlier is longer than 4096 characters. Select exec to shorten or clear it.",
    );
    for (const f of found) expectSentence(f.message);
  });

  it("names the first over-long kept field once per container, whichever types hold them", () => {
    const v = single(execContainer(), (c) => {
      c.probe.tcpSocket.port = "1".repeat(20);
      c.probe.httpGet.host = "h".repeat(LIMITS.probeHost.max + 1);
      c.probe.httpGet.headers = [{ name: "X", value: "v".repeat(LIMITS.headers.valueMax + 1) }];
    });
    const found = issuesOf(v);
    expect(found.map((i) => i.path)).toEqual([
      "containers.0.probe.tcpSocket.port",
      "containers.0.probe.httpGet.host",
      "containers.0.probe.httpGet.headers.0.value",
      "containers.0.probeType",
    ]);
    expect(found[3]!.message).toBe(
      "The tcpSocket port kept from earlier is longer than 16 characters. Select tcpSocket to shorten or clear it.",
    );
    const httpOnly = single(execContainer(), (c) => (c.probe.httpGet.host = "h".repeat(LIMITS.probeHost.max + 1)));
    expect(issuesOf(httpOnly).map((i) => i.message)).toEqual([
      `This value is longer than ${LIMITS.probeHost.max} characters.`,
      `The httpGet host kept from earlier is longer than ${LIMITS.probeHost.max} characters. Select httpGet to shorten or clear it.`,
    ]);
  });
});

describe("Image", () => {
  it.each([
    "nginx",
    "nginx:1.25",
    "registry.cn-hangzhou.aliyuncs.com/team/app:1.0",
    "localhost:5000/a/b",
    "a".repeat(512),
  ])("accepts %j", (image) => {
    expectValid(single(tcpContainer(), (c) => (c.image = image)));
  });

  it("asks for an image when empty", () => {
    expectIssueAt(
      single(tcpContainer(), (c) => (c.image = "")),
      "containers.0.image",
      /Enter the image to run/,
    );
  });

  it('rejects "@" (a digest reference), explaining to use a tag', () => {
    expectIssueAt(
      single(tcpContainer(), (c) => (c.image = "nginx@sha256:0123abcd")),
      "containers.0.image",
      /ESA refuses "@" in an image.*by tag/,
    );
  });

  it.each(["nginx :1.25", " nginx", "nginx\t", "nginx\n:1"])(
    "rejects whitespace in %j",
    (image) => {
      expectIssueAt(
        single(tcpContainer(), (c) => (c.image = image)),
        "containers.0.image",
        /Remove the spaces from the image reference/,
      );
    },
  );

  it("rejects 513 characters", () => {
    expectIssueAt(
      single(tcpContainer(), (c) => (c.image = "a".repeat(513))),
      "containers.0.image",
      /at most 512 characters/,
    );
  });

  it("flags the image of the container it belongs to", () => {
    expectIssueAt(
      edit((v) => (v.containers[1]!.image = "busybox@sha256:1")),
      "containers.1.image",
      /"@"/,
    );
  });
});

describe("command, args and lifecycle hooks", () => {
  const fields = ["command", "args", "postStart", "preStop"] as const;

  it.each(fields)("%s accepts a space-separated line with quotes", (field) => {
    expectValid(single(execContainer(), (c) => (c[field] = `sh -c "echo hello world" 'x y'`)));
  });

  it.each(fields)("%s rejects a line break", (field) => {
    expectIssueAt(
      single(execContainer(), (c) => (c[field] = "echo a\necho b")),
      `containers.0.${field}`,
      /control character.*Separate arguments with spaces/,
    );
  });

  it.each(fields)("%s accepts 4096 characters and rejects 4097", (field) => {
    expectValid(single(execContainer(), (c) => (c[field] = "x".repeat(4096))));
    expectIssueAt(
      single(execContainer(), (c) => (c[field] = "x".repeat(4097))),
      `containers.0.${field}`,
      /at most 4096 characters/,
    );
  });
});

describe("probe headers", () => {
  const withHeader = (name: string, value: string) =>
    single(httpGetContainer(), (c) => (c.probe.httpGet.headers = [{ name, value }]));

  it.each([
    ["Content-Type", "application/json"],
    ["X-Health-Check", ""],
    ["Authorization", "Bearer abc.def"],
  ])("accepts %s: %j", (name, value) => {
    expectValid(withHeader(name, value));
  });

  it('rejects "@" in a header name', () => {
    expectIssueAt(
      withHeader("X-User@", "1"),
      "containers.0.probe.httpGet.headers.0.name",
      /letters, digits and dashes/,
    );
  });

  it.each(["X Health", "X:Health", "Ünicode"])("rejects the header name %j", (name) => {
    expectIssueAt(
      withHeader(name, "1"),
      "containers.0.probe.httpGet.headers.0.name",
      /A header name has letters, digits and dashes/,
    );
  });

  it("asks for a header name when empty", () => {
    expectIssueAt(
      withHeader("", "1"),
      "containers.0.probe.httpGet.headers.0.name",
      /Enter the header name, or remove this row/,
    );
  });

  it('rejects "@" in a header value', () => {
    expectIssueAt(
      withHeader("From", "ops@example.com"),
      "containers.0.probe.httpGet.headers.0.value",
      /ESA refuses "@" in probe headers/,
    );
  });

  it("rejects a line break in a header value", () => {
    expectIssueAt(
      withHeader("X-A", "1\r\nX-B: 2"),
      "containers.0.probe.httpGet.headers.0.value",
      /line break/,
    );
  });

  it("flags the row it belongs to", () => {
    const v = single(httpGetContainer(), (c) =>
      c.probe.httpGet.headers.push({ name: "X-Second", value: "a@b" }),
    );
    expectIssueAt(v, "containers.0.probe.httpGet.headers.2.value", /"@"/);
  });

  it("accepts 20 headers and rejects 21", () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `X-H${i}`, value: "1" }));
    expectValid(single(httpGetContainer(), (c) => (c.probe.httpGet.headers = rows(20))));
    expectIssueAt(
      single(httpGetContainer(), (c) => (c.probe.httpGet.headers = rows(21))),
      "containers.0.probe.httpGet.headers",
      /at most 20 probe headers/,
    );
  });

  it("counts kept headers too, and says so on the probe type picker while httpGet is hidden", () => {
    const rows = Array.from({ length: 21 }, (_, i) => ({ name: `X-H${i}`, value: "1" }));
    const found = issuesOf(single(execContainer(), (c) => (c.probe.httpGet.headers = rows)));
    expect(found.map((i) => i.path)).toEqual(["containers.0.probe.httpGet.headers", "containers.0.probeType"]);
    expect(found[1]!.message).toBe(
      "The httpGet probe keeps 21 headers from earlier, more than 20. Select httpGet to remove some.",
    );
  });
});

describe("environment variables", () => {
  const withEnv = (env: ContainerForm["env"]) => single(tcpContainer(), (c) => (c.env = env));

  it.each(["A", "_X", "LOG_LEVEL", "a1", "camelCase", "_"])("accepts the key %j", (key) => {
    expectValid(withEnv([{ key, value: "1" }]));
  });

  it.each(["1A", "A-B", "A B", "A.B", "Ä", "A=B"])("rejects the key %j", (key) => {
    expectIssueAt(
      withEnv([{ key, value: "1" }]),
      "containers.0.env.0.key",
      /starts with a letter or underscore/,
    );
  });

  it("asks for a key when empty", () => {
    expectIssueAt(
      withEnv([{ key: "", value: "1" }]),
      "containers.0.env.0.key",
      /Enter the variable's name/,
    );
  });

  it.each(["", "a=b", "with spaces", "postgres://u:p@h/db", 'quote"d'])(
    "accepts the value %j",
    (value) => {
      expectValid(withEnv([{ key: "A", value }]));
    },
  );

  it("rejects a comma in a value, explaining the wire format", () => {
    expectIssueAt(
      withEnv([{ key: "LIST", value: "a,b" }]),
      "containers.0.env.0.value",
      /can't contain a comma.*A=1,B=2/,
    );
  });

  it.each(["a\nb", "a\tb", "a\u0000"])("rejects the control character in %j", (value) => {
    expectIssueAt(withEnv([{ key: "A", value }]), "containers.0.env.0.value", /control character/);
  });

  it("flags a duplicate key at the later row, naming the first", () => {
    const v = withEnv([
      { key: "A", value: "1" },
      { key: "B", value: "2" },
      { key: "A", value: "3" },
    ]);
    const found = issuesOf(v);
    expect(found.map(({ path, code, message }) => ({ path, code, message }))).toEqual([
      {
        path: "containers.0.env.2.key",
        code: "custom",
        message: "A is already set in row 1. Keep one of them: ESA would receive both.",
      },
    ]);
    expect(inLocale("zh-CN", found[0]!.raw)).toBe("A 已在第 1 行设置。请只保留一个：否则 ESA 会同时收到两者。");
  });

  it("treats keys as case-sensitive", () => {
    expectValid(
      withEnv([
        { key: "a", value: "1" },
        { key: "A", value: "2" },
      ]),
    );
  });

  it("accepts 100 variables and rejects 101", () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `V${i}`, value: "1" }));
    expectValid(withEnv(rows(100)));
    expectIssueAt(withEnv(rows(101)), "containers.0.env", /at most 100 environment variables/);
  });
});

describe("ACR image info", () => {
  const withAcr = (mutate: (acr: ContainerForm["acr"]) => void) =>
    single(httpGetContainer(), (c) => mutate(c.acr));

  it.each(["cn-hangzhou", "ap-southeast-1", "cn-shanghai-finance-1", ""])(
    "accepts region %j",
    (r) => {
      expectValid(withAcr((a) => (a.regionId = r)));
    },
  );

  it.each(["Hangzhou", "cn", "cn_hangzhou", "CN-HANGZHOU", "1n-x"])("rejects region %j", (r) => {
    expectIssueAt(
      withAcr((a) => (a.regionId = r)),
      "containers.0.acr.regionId",
      /region ID such as cn-hangzhou/,
    );
  });

  it("accepts any space-free string in the other fields (they are only checked as strings)", () => {
    expectValid(
      withAcr((a) => {
        a.isEnterpriseRegistry = true;
        a.domain = "1500.example.net";
        a.instanceId = "cri-xyz_0000";
        a.repoId = "crr-h1ghghu60ct****";
        a.repoName = "Test_71";
        a.repoNamespace = "safeline";
        a.tag = "3.40.2-rc.1";
        a.tagUrl = "registry-vpc.cn-shenzhen.aliyuncs.com/ns/repo:31";
      }),
    );
  });

  it.each([
    "domain",
    "instanceId",
    "repoId",
    "repoName",
    "repoNamespace",
    "tag",
    "tagUrl",
  ] as const)("rejects spaces in %s", (field) => {
    expectIssueAt(
      withAcr((a) => (a[field] = "has space")),
      `containers.0.acr.${field}`,
      /Remove the spaces/,
    );
  });

  it("rejects 513 characters in an ACR field", () => {
    expectIssueAt(
      withAcr((a) => (a.tag = "t".repeat(513))),
      "containers.0.acr.tag",
      /at most 512 characters/,
    );
  });
});

describe("strict shape: unknown keys", () => {
  it.each([
    ["top level", [], ""],
    ["a container", ["containers", 0], "containers.0"],
    ["acr", ["containers", 0, "acr"], "containers.0.acr"],
    ["probe", ["containers", 0, "probe"], "containers.0.probe"],
    ["probe.httpGet", ["containers", 0, "probe", "httpGet"], "containers.0.probe.httpGet"],
    ["probe.exec", ["containers", 0, "probe", "exec"], "containers.0.probe.exec"],
    ["an env row", ["containers", 0, "env", 0], "containers.0.env.0"],
    [
      "a header row",
      ["containers", 0, "probe", "httpGet", "headers", 0],
      "containers.0.probe.httpGet.headers.0",
    ],
  ] as const)("rejects an extra key in %s", (_, at, path) => {
    const found = issuesOf(withRaw([...at, "extra"], "x"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path, code: "unrecognized_keys" });
    expect(found[0]!.message).toContain("extra");
  });

  it("rejects a JSON-parsed __proto__ key at the top level, without polluting prototypes", () => {
    const json = JSON.stringify(validVersion()).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const parsed: unknown = JSON.parse(json);
    const found = issuesOf(parsed);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: "", code: "unrecognized_keys" });
    expect(found[0]!.message).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects a JSON-parsed __proto__ key inside a container", () => {
    const json = JSON.stringify(validVersion()).replace(
      '{"name":"web"',
      '{"__proto__":{"isAcrImage":true},"name":"web"',
    );
    const found = issuesOf(JSON.parse(json));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: "containers.0", code: "unrecognized_keys" });
  });

  it("rejects wire (PascalCase) keys in form values", () => {
    const r = versionFormSchema.safeParse(withRaw(["containers", 0, "Name"], "web"));
    expect(r.success).toBe(false);
  });
});

describe("wrong types", () => {
  it.each([
    ["appId as a number", ["appId"], 880688675783790000, "appId"],
    ["name missing", ["name"], undefined, "name"],
    ["remarks as null", ["remarks"], null, "remarks"],
    ["containers as an object", ["containers"], { 0: {} }, "containers"],
    ["a container as a string", ["containers", 1], "worker", "containers.1"],
    ["isAcrImage as a string", ["containers", 0, "isAcrImage"], "false", "containers.0.isAcrImage"],
    [
      "isEnterpriseRegistry as a number",
      ["containers", 0, "acr", "isEnterpriseRegistry"],
      0,
      "containers.0.acr.isEnterpriseRegistry",
    ],
    [
      "a port as a number",
      ["containers", 2, "probe", "tcpSocket", "port"],
      6379,
      "containers.2.probe.tcpSocket.port",
    ],
    [
      "a timing field as a number",
      ["containers", 0, "probe", "periodSeconds"],
      10,
      "containers.0.probe.periodSeconds",
    ],
    ["env as a string", ["containers", 0, "env"], "A=1,B=2", "containers.0.env"],
    [
      "headers as a string",
      ["containers", 0, "probe", "httpGet", "headers"],
      '[{"A":"1"}]',
      "containers.0.probe.httpGet.headers",
    ],
    ["acr missing", ["containers", 0, "acr"], undefined, "containers.0.acr"],
  ] as const)("rejects %s", (_, at, value, path) => {
    const found = issuesOf(withRaw([...at], value));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.path).toBe(path);
  });

  it.each([null, undefined, "version", 42, []])("rejects %j as the whole value", (value) => {
    expect(versionFormSchema.safeParse(value).success).toBe(false);
  });
});

describe("messages", () => {
  it("every issue for a thoroughly broken version is a sentence at a precise path", () => {
    const broken: VersionForm = {
      appId: "short",
      name: " x",
      remarks: "r".repeat(1025),
      containers: [
        {
          ...emptyContainer("Bad_Name"),
          image: "img@sha",
          env: [{ key: "1X", value: "a,b" }],
          probe: { ...emptyContainer().probe, tcpSocket: { port: "0" }, timeoutSeconds: "0" },
        },
      ],
    };
    const found = issuesOf(broken);
    expect(found.map((i) => i.path)).toEqual([
      "appId",
      "name",
      "name",
      "remarks",
      "containers.0.name",
      "containers.0.image",
      "containers.0.env.0.key",
      "containers.0.env.0.value",
      "containers.0.probe.timeoutSeconds",
      "containers.0.probe.tcpSocket.port",
    ]);
    for (const f of found) expectSentence(f.message);
  });

  it("every message is a catalog reference, worded in Chinese too", () => {
    const broken = edit((v) => {
      v.name = "x";
      v.containers[0]!.image = "img@sha";
      v.containers[0]!.probe.timeoutSeconds = "0";
      v.containers[1]!.name = v.containers[0]!.name;
      v.containers[2]!.postStart = "x".repeat(LIMITS.commandLine.max + 1);
    });
    const found = issuesOf(broken);
    expect(found.length).toBeGreaterThan(3);
    for (const f of found) {
      expect(isMessageRef(f.raw), f.raw).toBe(true);
      const zh = inLocale("zh-CN", f.raw);
      expect(zh).not.toBe(f.message);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toMatch(/[{}]|validation\./);
    }
    expect(found.map((f) => inLocale("zh-CN", f.raw))).toEqual(
      expect.arrayContaining([
        "版本名称至少需要 6 个字符（ESA 要求 6-128 个字符）。",
        "ESA 不接受镜像中的“@”：请按镜像版本引用镜像（repo:tag），而不是按摘要（repo@sha256:…）。",
        "超时时间须在 1 到 600 之间。",
        // A field named by a nested reference, in the same language.
        `PostStart 钩子命令最多 ${LIMITS.commandLine.max} 个字符，请缩短。`,
        `容器 1 已命名为“${broken.containers[0]!.name}”。同一版本内的容器名称不能重复。`,
      ]),
    );
  });
});

describe("ACRImageInfo is judged only for Container Registry images", () => {
  it("ignores malformed registry details while the container is not an ACR image", async () => {
    const { validVersion } = await import("@/lib/testing/version-fixtures");
    const v = validVersion();
    const c = v.containers[1]!;
    c.isAcrImage = false;
    c.acr.regionId = "not a region";
    expect(versionFormSchema.safeParse(v).success).toBe(true);
  });
  it("flags the same details once the container is marked as an ACR image", async () => {
    const { validVersion } = await import("@/lib/testing/version-fixtures");
    const v = validVersion();
    const c = v.containers[1]!;
    c.isAcrImage = true;
    c.acr.regionId = "not a region";
    const r = versionFormSchema.safeParse(v);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toContain("containers.1.acr.regionId");
  });
  it("still bounds their length when off, and says so on the registry switch too", async () => {
    const { validVersion } = await import("@/lib/testing/version-fixtures");
    const v = validVersion();
    const c = v.containers[1]!;
    c.isAcrImage = false;
    c.acr.tagUrl = "t".repeat(LIMITS.acrField.max + 1);
    const found = issuesOf(v);
    expect(found.map((i) => i.path)).toEqual(["containers.1.acr.tagUrl", "containers.1.isAcrImage"]);
    expect(found[1]!.message).toBe(
      `The registry tag URL kept from earlier is longer than ${LIMITS.acrField.max} characters. Turn on Container Registry image to shorten or clear it.`,
    );
    expect(inLocale("zh-CN", found[1]!.raw)).toBe(
      `之前保留的镜像版本地址超过 ${LIMITS.acrField.max} 个字符。请打开“容器镜像服务镜像”，以缩短或清除它。`,
    );
  });
});
