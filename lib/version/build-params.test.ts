import { describe, expect, it } from "vitest";
import {
  buildCreateVersionParams,
  buildReadableRequest,
  buildWireContainer,
  serializeEnv,
  serializeHeaders,
} from "./build-params";
import { emptyAcrImage, emptyProbe } from "./defaults";
import type { ContainerForm, VersionForm } from "./schema";
import {
  APP_ID,
  execContainer,
  httpGetContainer,
  minimalVersion,
  tcpContainer,
  validVersion,
} from "@/lib/testing/version-fixtures";

/** The Containers field of the version built from one container. */
function containersOf(...containers: ContainerForm[]): string {
  return buildCreateVersionParams({ appId: APP_ID, name: "release-1", remarks: "", containers })
    .Containers;
}

function deepFreeze<T>(o: T): T {
  if (typeof o === "object" && o !== null) {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

describe("buildCreateVersionParams: exact form fields", () => {
  it("serialises the 3-container version exactly", () => {
    const params = buildCreateVersionParams(validVersion());
    expect(Object.keys(params)).toEqual(["AppId", "Name", "Remarks", "Containers"]);
    expect(params.AppId).toBe("app-880688675783790000");
    expect(params.Name).toBe("release-2024-06");
    expect(params.Remarks).toBe("Canary with health probes");
    expect(params.Containers).toBe(
      "[" +
        String.raw`{"Name":"web","Image":"registry.cn-hangzhou.aliyuncs.com/team/web:1.4.2","IsACRImage":true,` +
        String.raw`"ACRImageInfo":{"IsEnterpriseRegistry":false,"Domain":"registry.cn-hangzhou.aliyuncs.com","RegionId":"cn-hangzhou","RepoId":"crr-h1ghghu60ct0000","RepoName":"web","RepoNamespace":"team","Tag":"1.4.2"},` +
        String.raw`"Spec":"2C4G","Storage":"10G","Command":"nginx","Args":"-g daemon-off","EnvVariables":"LOG_LEVEL=info,FEATURE_FLAGS=a=b",` +
        String.raw`"ProbeType":"httpGet","ProbeContent":{"Path":"/healthz","Port":8080,"Scheme":"http",` +
        String.raw`"HttpHeaders":"[{\"Content-Type\":\"application/json\"},{\"X-Health-Check\":\"1\"}]",` +
        String.raw`"InitialDelaySeconds":5,"TimeoutSeconds":1,"PeriodSeconds":10,"SuccessThreshold":1,"FailureThreshold":3}},` +
        String.raw`{"Name":"worker","Image":"busybox:1.36","IsACRImage":false,"Spec":"1C2G","Storage":"0.5G",` +
        String.raw`"Command":"sh","Args":"-c ./run-worker.sh","EnvVariables":"QUEUE=jobs","PostStart":"sh -c 'echo started'","PreStop":"sleep 5",` +
        String.raw`"ProbeType":"exec","ProbeContent":{"Command":"cat /tmp/healthy","InitialDelaySeconds":0,"PeriodSeconds":30}},` +
        String.raw`{"Name":"redis","Image":"redis:7","IsACRImage":false,"Spec":"1C2G","Storage":"0.5G",` +
        String.raw`"ProbeType":"tcpSocket","ProbeContent":{"Port":6379,"InitialDelaySeconds":5,"TimeoutSeconds":1,"PeriodSeconds":10,"SuccessThreshold":1,"FailureThreshold":3}}` +
        "]",
    );
  });

  it("reproduces the example value of esa-api-facts.md §1", () => {
    const c: ContainerForm = {
      ...tcpContainer(),
      name: "web",
      image: "nginx:1.25",
      probeType: "httpGet",
      probe: {
        ...emptyProbe(),
        httpGet: { path: "/", port: "80", host: "", scheme: "", headers: [] },
        initialDelaySeconds: "10",
        timeoutSeconds: "",
        periodSeconds: "",
        successThreshold: "",
        failureThreshold: "",
      },
    };
    expect(containersOf(c)).toBe(
      '[{"Name":"web","Image":"nginx:1.25","IsACRImage":false,"Spec":"1C2G","Storage":"0.5G","ProbeType":"httpGet","ProbeContent":{"Path":"/","Port":80,"InitialDelaySeconds":10}}]',
    );
  });

  it("sends Containers as ONE string field, never flattened into Containers.1.Name", () => {
    const params = buildCreateVersionParams(validVersion());
    expect(typeof params.Containers).toBe("string");
    expect(Object.keys(params).filter((k) => k.startsWith("Containers."))).toEqual([]);
    expect(Object.values(params).every((v) => typeof v === "string")).toBe(true);
  });

  it("stringifies exactly the readable request's containers (the preview is what is sent)", () => {
    const v = validVersion();
    const readable = buildReadableRequest(v);
    const params = buildCreateVersionParams(v);
    expect(params.Containers).toBe(JSON.stringify(readable.Containers));
    expect({ ...params, Containers: JSON.parse(params.Containers) as unknown }).toEqual(readable);
  });

  it("leaves Remarks out when empty or blank, and keeps it verbatim otherwise", () => {
    expect(buildCreateVersionParams(minimalVersion())).not.toHaveProperty("Remarks");
    expect(Object.keys(buildCreateVersionParams(minimalVersion()))).toEqual([
      "AppId",
      "Name",
      "Containers",
    ]);
    const blank = { ...minimalVersion(), remarks: "  \n " };
    expect(buildCreateVersionParams(blank)).not.toHaveProperty("Remarks");
    const multi = { ...minimalVersion(), remarks: " first\nsecond " };
    expect(buildCreateVersionParams(multi).Remarks).toBe(" first\nsecond ");
  });

  it("keeps containers in form order", () => {
    const v = validVersion();
    v.containers.reverse();
    const names = (JSON.parse(buildCreateVersionParams(v).Containers) as { Name: string }[]).map(
      (c) => c.Name,
    );
    expect(names).toEqual(["redis", "worker", "web"]);
  });

  it("is pure: a frozen input is not modified and the same input gives the same output", () => {
    const v = deepFreeze(validVersion());
    const first = buildCreateVersionParams(v);
    expect(buildCreateVersionParams(v)).toEqual(first);
    expect(v).toEqual(validVersion());
  });
});

describe("buildWireContainer", () => {
  it("uses the 13 PascalCase container keys and nothing else", () => {
    const allowed = [
      "Name",
      "Image",
      "IsACRImage",
      "ACRImageInfo",
      "Spec",
      "Storage",
      "Command",
      "Args",
      "EnvVariables",
      "PostStart",
      "PreStop",
      "ProbeType",
      "ProbeContent",
    ];
    const everything: ContainerForm = {
      ...httpGetContainer(),
      postStart: "echo up",
      preStop: "echo down",
    };
    expect(Object.keys(buildWireContainer(everything))).toEqual(allowed);
  });

  it("drops every empty optional, keeping the required keys", () => {
    const c: ContainerForm = {
      ...tcpContainer(),
      command: "",
      args: "   ",
      postStart: "",
      preStop: " ",
      env: [],
    };
    expect(buildWireContainer(c)).toEqual({
      Name: "redis",
      Image: "redis:7",
      IsACRImage: false,
      Spec: "1C2G",
      Storage: "0.5G",
      ProbeType: "tcpSocket",
      ProbeContent: {
        Port: 6379,
        InitialDelaySeconds: 5,
        TimeoutSeconds: 1,
        PeriodSeconds: 10,
        SuccessThreshold: 1,
        FailureThreshold: 3,
      },
    });
  });

  it("keeps non-blank strings exactly as typed", () => {
    const w = buildWireContainer({
      ...execContainer(),
      command: "/bin/sh",
      args: `-c "echo hello world"`,
      postStart: `sh poststart.sh "echo hello world"`,
    });
    expect(w.Command).toBe("/bin/sh");
    expect(w.Args).toBe(`-c "echo hello world"`);
    expect(w.PostStart).toBe(`sh poststart.sh "echo hello world"`);
  });
});

describe("ACRImageInfo", () => {
  it("is a nested object when isAcrImage, with IsEnterpriseRegistry always present", () => {
    const w = buildWireContainer(httpGetContainer());
    expect(w.IsACRImage).toBe(true);
    expect(w.ACRImageInfo).toEqual({
      IsEnterpriseRegistry: false,
      Domain: "registry.cn-hangzhou.aliyuncs.com",
      RegionId: "cn-hangzhou",
      RepoId: "crr-h1ghghu60ct0000",
      RepoName: "web",
      RepoNamespace: "team",
      Tag: "1.4.2",
    });
  });

  it("sends all nine fields when all are set", () => {
    const c = httpGetContainer();
    c.acr = {
      isEnterpriseRegistry: true,
      domain: "d",
      instanceId: "i",
      regionId: "cn-shanghai",
      repoId: "r",
      repoName: "n",
      repoNamespace: "ns",
      tag: "t",
      tagUrl: "u",
    };
    expect(buildWireContainer(c).ACRImageInfo).toEqual({
      IsEnterpriseRegistry: true,
      Domain: "d",
      InstanceId: "i",
      RegionId: "cn-shanghai",
      RepoId: "r",
      RepoName: "n",
      RepoNamespace: "ns",
      Tag: "t",
      TagUrl: "u",
    });
  });

  it("is only IsEnterpriseRegistry when isAcrImage and every field is empty", () => {
    const c = { ...tcpContainer(), isAcrImage: true, acr: emptyAcrImage() };
    expect(buildWireContainer(c).ACRImageInfo).toEqual({ IsEnterpriseRegistry: false });
  });

  it("is left out when isAcrImage is false, even with ACR fields filled in", () => {
    const c = { ...httpGetContainer(), isAcrImage: false };
    const w = buildWireContainer(c);
    expect(w.IsACRImage).toBe(false);
    expect(w).not.toHaveProperty("ACRImageInfo");
    expect(containersOf(c)).not.toContain("ACRImageInfo");
  });
});

describe("ProbeContent", () => {
  it("sends only Command (plus timing) for exec", () => {
    const c = execContainer();
    c.probe.tcpSocket.port = "9999";
    c.probe.httpGet = {
      path: "/x",
      port: "81",
      host: "h",
      scheme: "https",
      headers: [{ name: "A", value: "1" }],
    };
    expect(buildWireContainer(c).ProbeContent).toEqual({
      Command: "cat /tmp/healthy",
      InitialDelaySeconds: 0,
      PeriodSeconds: 30,
    });
  });

  it("sends only Port (plus timing) for tcpSocket", () => {
    const c = tcpContainer();
    c.probe.exec.command = "should not be sent";
    c.probe.httpGet.port = "81";
    c.probe.httpGet.headers = [{ name: "A", value: "1" }];
    const pc = buildWireContainer(c).ProbeContent;
    expect(Object.keys(pc)).toEqual([
      "Port",
      "InitialDelaySeconds",
      "TimeoutSeconds",
      "PeriodSeconds",
      "SuccessThreshold",
      "FailureThreshold",
    ]);
    expect(pc.Port).toBe(6379);
  });

  it("sends Path, Port, Host, Scheme and HttpHeaders for httpGet, and not the exec or tcpSocket fields", () => {
    const c = httpGetContainer();
    c.probe.httpGet.host = "www.example.com";
    c.probe.httpGet.scheme = "https";
    const pc = buildWireContainer(c).ProbeContent;
    expect(pc).toMatchObject({
      Path: "/healthz",
      Port: 8080,
      Host: "www.example.com",
      Scheme: "https",
    });
    expect(pc).not.toHaveProperty("Command");
    expect(pc.Port).not.toBe(9999); // the tcpSocket port of the fixture
  });

  it("sends numbers as JSON numbers, including 0", () => {
    const pc = buildWireContainer(execContainer()).ProbeContent;
    expect(pc.InitialDelaySeconds).toBe(0);
    expect(typeof pc.PeriodSeconds).toBe("number");
    expect(containersOf(tcpContainer())).toContain('"Port":6379,');
    expect(containersOf(tcpContainer())).not.toContain('"6379"');
  });

  it("leaves out timing fields that are empty (service default)", () => {
    const c = tcpContainer();
    c.probe.initialDelaySeconds = "";
    c.probe.timeoutSeconds = "";
    c.probe.periodSeconds = "";
    c.probe.successThreshold = "";
    c.probe.failureThreshold = "";
    expect(buildWireContainer(c).ProbeContent).toEqual({ Port: 6379 });
  });

  it("leaves out an empty Host and an empty Scheme", () => {
    const c = httpGetContainer();
    c.probe.httpGet.host = "";
    c.probe.httpGet.scheme = "";
    const pc = buildWireContainer(c).ProbeContent;
    expect(pc).not.toHaveProperty("Host");
    expect(pc).not.toHaveProperty("Scheme");
  });
});

describe("HttpHeaders", () => {
  it("is a JSON string of one-key objects, as the reference page shows", () => {
    const c = httpGetContainer();
    c.probe.httpGet.headers = [{ name: "Content-Type", value: "application/json" }];
    const pc = buildWireContainer(c).ProbeContent;
    expect(typeof pc.HttpHeaders).toBe("string");
    expect(pc.HttpHeaders).toBe('[{"Content-Type":"application/json"}]');
    // Inside Containers it is a string value, so its quotes are escaped once.
    expect(containersOf(c)).toContain(
      String.raw`"HttpHeaders":"[{\"Content-Type\":\"application/json\"}]"`,
    );
  });

  it("keeps the rows' order and repeated names as separate objects", () => {
    expect(
      serializeHeaders([
        { name: "X-A", value: "1" },
        { name: "X-A", value: "2" },
        { name: "Accept", value: "*/*" },
      ]),
    ).toBe('[{"X-A":"1"},{"X-A":"2"},{"Accept":"*/*"}]');
  });

  it("is omitted when there are no headers (the service rejects an empty HttpHeaders)", () => {
    expect(serializeHeaders([])).toBeUndefined();
    const c = httpGetContainer();
    c.probe.httpGet.headers = [];
    expect(buildWireContainer(c).ProbeContent).not.toHaveProperty("HttpHeaders");
    expect(containersOf(c)).not.toContain("HttpHeaders");
  });
});

describe("EnvVariables", () => {
  it("is A=1,B=2", () => {
    expect(
      serializeEnv([
        { key: "A", value: "1" },
        { key: "B", value: "2" },
      ]),
    ).toBe("A=1,B=2");
    const c = {
      ...tcpContainer(),
      env: [
        { key: "A", value: "1" },
        { key: "B", value: "2" },
      ],
    };
    expect(buildWireContainer(c).EnvVariables).toBe("A=1,B=2");
  });

  it("keeps an empty value and an = inside a value", () => {
    expect(
      serializeEnv([
        { key: "EMPTY", value: "" },
        { key: "URL", value: "a=b" },
      ]),
    ).toBe("EMPTY=,URL=a=b");
  });

  it("is omitted when there are no variables", () => {
    expect(serializeEnv([])).toBeUndefined();
    expect(buildWireContainer(tcpContainer())).not.toHaveProperty("EnvVariables");
  });
});

describe("buildReadableRequest", () => {
  it("is the PascalCase request with Containers as a real array", () => {
    const v: VersionForm = validVersion();
    const r = buildReadableRequest(v);
    expect(r.AppId).toBe(v.appId);
    expect(r.Name).toBe(v.name);
    expect(r.Remarks).toBe(v.remarks);
    expect(r.Containers).toEqual(v.containers.map(buildWireContainer));
  });
});
