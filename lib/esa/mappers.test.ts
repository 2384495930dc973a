import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/i18n";

import { EsaError } from "./errors";
import {
  mapApp,
  mapAppPage,
  mapCreateVersion,
  mapGetVersion,
  mapVersion,
  mapVersionPage,
} from "./mappers";

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const rawApp = {
  AppId: "app-88068867578379****",
  Name: "edge-web",
  Remarks: "front end",
  Status: "created",
  CreateTime: "2024-09-10T09:25:04Z",
  UpdateTime: "2024-09-11T10:00:00Z",
  VersionCount: 3,
  DomainName: "edge-web.example.com",
  GatewayType: "l7",
  ServicePort: 80,
  TargetPort: "8080",
  QuicCid: "ignored",
  HealthCheck: {
    Type: "l7",
    Host: "a.example.com",
    HttpCode: "http_2xx",
    Method: "HEAD",
    Uri: "/",
    Port: 8080,
    Timeout: 5,
    Interval: 10,
    SuccTimes: 2,
    FailTimes: 3,
  },
};

const container = {
  Name: "web",
  Image: "nginx:1.25",
  IsACRImage: false,
  Spec: "1C2G",
  Storage: "0.5G",
  ProbeType: "httpGet",
  ProbeContent: { Path: "/", Port: 80, InitialDelaySeconds: 10 },
};

const rawVersion = {
  AppId: "app-88068867578379****",
  VersionId: "ver-1",
  Name: "release-1",
  Remarks: "",
  Status: "creating",
  CreateTime: "2024-09-10T09:25:04Z",
  UpdateTime: "2024-09-10T09:25:04Z",
  PublishTime: "",
  LastPublishTime: "2024-09-12T00:00:00Z",
  Containers: [container],
};

describe("mapApp", () => {
  it("converts every documented field to camelCase", () => {
    expect(mapApp(rawApp, "GetEdgeContainerApp")).toEqual({
      appId: "app-88068867578379****",
      name: "edge-web",
      remarks: "front end",
      status: "created",
      createTime: "2024-09-10T09:25:04Z",
      updateTime: "2024-09-11T10:00:00Z",
      versionCount: 3,
      domainName: "edge-web.example.com",
      gatewayType: "l7",
      servicePort: 80,
      targetPort: 8080,
      healthCheck: {
        type: "l7",
        host: "a.example.com",
        httpCode: "http_2xx",
        method: "HEAD",
        uri: "/",
        port: 8080,
        timeout: 5,
        interval: 10,
        succTimes: 2,
        failTimes: 3,
      },
    });
  });

  it("fills missing optional fields instead of failing", () => {
    expect(mapApp({ AppId: "app-1" }, "ListEdgeContainerApps")).toEqual({
      appId: "app-1",
      name: "",
      remarks: "",
      status: "",
      createTime: "",
      updateTime: "",
      versionCount: 0,
    });
  });

  it("rejects an app without AppId as a bad response", () => {
    expect(() => mapApp({ Name: "x" }, "ListEdgeContainerApps")).toThrow(EsaError);
    expect(thrownBy(() => mapApp(null, "ListEdgeContainerApps"))).toMatchObject({
      kind: "bad-response",
      retryable: true,
      outcomeUnknown: false,
    });
  });
});

describe("mapVersion", () => {
  it("keeps containers in their raw wire shape and drops empty optional times", () => {
    const version = mapVersion(rawVersion, "GetEdgeContainerAppVersion");
    expect(version).toEqual({
      appId: "app-88068867578379****",
      versionId: "ver-1",
      name: "release-1",
      remarks: "",
      status: "creating",
      createTime: "2024-09-10T09:25:04Z",
      updateTime: "2024-09-10T09:25:04Z",
      lastPublishTime: "2024-09-12T00:00:00Z",
      containers: [container],
    });
    expect(version.containers[0]).toBe(container);
  });

  it("takes the app id it was asked for when a list item omits it", () => {
    const withoutAppId = { ...rawVersion, AppId: undefined };
    expect(mapVersion(withoutAppId, "ListEdgeContainerAppVersions", "app-asked").appId).toBe(
      "app-asked",
    );
  });

  it("ignores container entries that are not objects", () => {
    expect(
      mapVersion({ ...rawVersion, Containers: [container, "junk", null] }, "x").containers,
    ).toEqual([container]);
  });
});

describe("pages", () => {
  it("maps an app list with its paging fields and request id", () => {
    const page = mapAppPage({
      RequestId: "R",
      PageNumber: 2,
      PageSize: 20,
      TotalCount: 21,
      Apps: [rawApp],
    });
    expect(page).toMatchObject({ pageNumber: 2, pageSize: 20, totalCount: 21, requestId: "R" });
    expect(page.items.map((app) => app.appId)).toEqual(["app-88068867578379****"]);
  });

  it("treats a missing list as empty and a non-list as a bad response", () => {
    expect(mapVersionPage({ RequestId: "R", TotalCount: 0 }, "app-1")).toEqual({
      items: [],
      pageNumber: 1,
      pageSize: 0,
      totalCount: 0,
      requestId: "R",
    });
    const notAList = (() => {
      try {
        mapVersionPage({ Versions: {} }, "app-1");
      } catch (error) {
        return error as Error;
      }
      return expect.fail("a non-list Versions must throw");
    })();
    expect(inEnglish(notAList.message)).toMatch(/Versions is not a list/);
  });

  it("maps GetEdgeContainerAppVersion's Version", () => {
    expect(mapGetVersion({ RequestId: "R", Version: rawVersion }, "app-1").version.versionId).toBe(
      "ver-1",
    );
  });
});

describe("mapCreateVersion", () => {
  it("returns the new version id and request id", () => {
    expect(mapCreateVersion({ RequestId: "R", VersionId: "ver-9" })).toEqual({
      versionId: "ver-9",
      requestId: "R",
    });
  });

  it("reports a 200 without VersionId as outcome unknown, not as a plain failure", () => {
    const error = thrownBy(() => mapCreateVersion({ RequestId: "R" }));
    expect(error).toBeInstanceOf(EsaError);
    expect(error).toMatchObject({ kind: "bad-response", outcomeUnknown: true, retryable: false });
  });
});
