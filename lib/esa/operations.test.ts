import { afterEach, beforeEach, describe, expect, it } from "vitest";

import {
  sandboxHarness,
  TEST_ACCESS_KEY_ID,
  TEST_ACCESS_KEY_SECRET,
  type Harness,
} from "@/lib/testing/fake-esa-harness";

// What each operation puts on the wire (esa-api-facts.md, sections 1 and 4) and how the answer
// comes back, against a fake server that records requests.

let h: Harness;
beforeEach(async () => {
  h = await sandboxHarness();
});
afterEach(async () => {
  await h.close();
});

const containers = JSON.stringify([
  {
    Name: "web",
    Image: "nginx:1.25",
    IsACRImage: false,
    Spec: "1C2G",
    Storage: "0.5G",
    ProbeType: "httpGet",
    ProbeContent: {
      Path: "/",
      Port: 80,
      InitialDelaySeconds: 10,
      HttpHeaders: '[{"Content-Type":"application/json"}]',
    },
  },
]);

function only() {
  expect(h.fake.requests).toHaveLength(1);
  return h.fake.requests[0]!;
}

describe("createVersion", () => {
  it("POSTs the fields in a form body with an empty query, Containers as one intact string", async () => {
    h.fake.script({ json: { RequestId: "REQ-1", VersionId: "ver-123" } });
    const result = await h.ops.createVersion({
      AppId: "app-1",
      Name: "release-1",
      Remarks: "first",
      Containers: containers,
    });
    expect(result).toEqual({ versionId: "ver-123", requestId: "REQ-1" });

    const req = only();
    expect(req).toMatchObject({ method: "POST", path: "/", rawQuery: "" });
    expect(req.headers["x-acs-action"]).toBe("CreateEdgeContainerAppVersion");
    expect(req.headers["x-acs-version"]).toBe("2024-09-10");
    expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(req.headers.authorization).toMatch(
      new RegExp(`^ACS3-HMAC-SHA256 Credential=${TEST_ACCESS_KEY_ID},`),
    );
    expect(req.form).toEqual({
      AppId: "app-1",
      Name: "release-1",
      Remarks: "first",
      Containers: containers,
    });
    expect(req.rawBody).not.toContain("Containers.1");
  });

  it("leaves Remarks out when there is none", async () => {
    h.fake.script({ json: { RequestId: "R", VersionId: "ver-1" } });
    await h.ops.createVersion({ AppId: "app-1", Name: "release-1", Containers: containers });
    expect(Object.keys(only().form).sort()).toEqual(["AppId", "Containers", "Name"]);
  });

  it("never sends the AccessKey secret", async () => {
    h.fake.script({ json: { RequestId: "R", VersionId: "ver-1" } });
    await h.ops.createVersion({ AppId: "app-1", Name: "release-1", Containers: containers });
    const req = only();
    expect(JSON.stringify(req.headers) + req.rawBody + req.rawQuery).not.toContain(
      TEST_ACCESS_KEY_SECRET,
    );
  });
});

describe("reads", () => {
  it("listApps POSTs its options in the query and maps the page", async () => {
    h.fake.script({
      json: {
        RequestId: "R2",
        PageNumber: 2,
        PageSize: 10,
        TotalCount: 11,
        Apps: [{ AppId: "app-9", Name: "edge", Status: "created", VersionCount: 4 }],
      },
    });
    const page = await h.ops.listApps({
      pageNumber: 2,
      pageSize: 10,
      orderKey: "Name",
      orderType: "ASC",
      searchKey: "ed",
      searchType: "Name",
    });
    expect(page).toMatchObject({ requestId: "R2", pageNumber: 2, pageSize: 10, totalCount: 11 });
    expect(page.items[0]).toMatchObject({ appId: "app-9", name: "edge", versionCount: 4 });

    const req = only();
    expect(req.method).toBe("POST");
    expect(req.headers["x-acs-action"]).toBe("ListEdgeContainerApps");
    expect(req.query).toEqual({
      PageNumber: "2",
      PageSize: "10",
      OrderKey: "Name",
      OrderType: "ASC",
      SearchKey: "ed",
      SearchType: "Name",
    });
    expect(req.rawBody).toBe("");
  });

  it("getApp POSTs AppId in the query", async () => {
    h.fake.script({ json: { RequestId: "R", App: { AppId: "app-9", Name: "edge" } } });
    expect((await h.ops.getApp("app-9")).app.name).toBe("edge");
    expect(only()).toMatchObject({ method: "POST", query: { AppId: "app-9" }, rawBody: "" });
  });

  it("listVersions GETs AppId and options in the query", async () => {
    h.fake.script({
      json: {
        RequestId: "R",
        TotalCount: 1,
        Versions: [{ VersionId: "ver-1", Name: "release-1" }],
      },
    });
    const page = await h.ops.listVersions("app-9", {
      pageSize: 50,
      searchType: "VersionId",
      searchKey: "ver",
    });
    expect(page.items[0]).toMatchObject({ appId: "app-9", versionId: "ver-1" });
    const req = only();
    expect(req).toMatchObject({ method: "GET", rawBody: "" });
    expect(req.headers["x-acs-action"]).toBe("ListEdgeContainerAppVersions");
    expect(req.query).toEqual({
      AppId: "app-9",
      PageSize: "50",
      SearchType: "VersionId",
      SearchKey: "ver",
    });
  });

  it("getVersion GETs AppId and VersionId and keeps containers raw", async () => {
    const raw = JSON.parse(containers) as unknown[];
    h.fake.script({
      json: {
        RequestId: "R",
        Version: { AppId: "app-9", VersionId: "ver-1", Status: "created", Containers: raw },
      },
    });
    const { version } = await h.ops.getVersion("app-9", "ver-1");
    expect(version.containers).toEqual(raw);
    expect(only()).toMatchObject({ method: "GET", query: { AppId: "app-9", VersionId: "ver-1" } });
  });
});

describe("findVersionByName", () => {
  it("searches by name, keeps only the exact match and fetches it in full", async () => {
    h.fake.script(
      {
        json: {
          RequestId: "L",
          TotalCount: 2,
          Versions: [
            { VersionId: "ver-10", Name: "release-10" },
            { VersionId: "ver-1", Name: "release-1" },
          ],
        },
      },
      {
        json: {
          RequestId: "G",
          Version: { VersionId: "ver-1", Name: "release-1", Containers: [{ Name: "web" }] },
        },
      },
    );
    const found = await h.ops.findVersionByName("app-9", "release-1");
    expect(found).toMatchObject({ versionId: "ver-1", containers: [{ Name: "web" }] });
    const [list, get] = h.fake.requests;
    expect(list?.query).toMatchObject({
      AppId: "app-9",
      SearchType: "Name",
      SearchKey: "release-1",
    });
    expect(get?.headers["x-acs-action"]).toBe("GetEdgeContainerAppVersion");
    expect(get?.query).toEqual({ AppId: "app-9", VersionId: "ver-1" });
  });

  it("returns null when only near matches exist", async () => {
    h.fake.script({
      json: {
        RequestId: "L",
        TotalCount: 1,
        Versions: [{ VersionId: "ver-10", Name: "release-10" }],
      },
    });
    expect(await h.ops.findVersionByName("app-9", "release-1")).toBeNull();
    expect(h.fake.requests).toHaveLength(1);
  });
});

describe("versionNamesContaining", () => {
  it("collects the names of every page of the fuzzy name search", async () => {
    const page = (names: string[]) => ({
      json: {
        RequestId: "L",
        TotalCount: 101,
        Versions: names.map((Name, i) => ({ VersionId: `ver-${Name}-${i}`, Name })),
      },
    });
    const first = Array.from({ length: 100 }, (_, i) => `stable-next-${i + 2}`);
    h.fake.script(page(first), page(["stable-next"]));
    expect(await h.ops.versionNamesContaining("app-9", "stable")).toEqual([
      ...first,
      "stable-next",
    ]);
    expect(h.fake.requests.map((r) => r.query)).toEqual([
      expect.objectContaining({
        AppId: "app-9",
        SearchType: "Name",
        SearchKey: "stable",
        PageNumber: "1",
        PageSize: "100",
      }),
      expect.objectContaining({ PageNumber: "2" }),
    ]);
  });
});

describe("getBackendInfo", () => {
  it("names the sandbox endpoint and nothing secret", async () => {
    const info = await h.ops.getBackendInfo();
    expect(info).toEqual({ mode: "sandbox", endpoint: h.fake.endpoint, protocol: "HTTP" });
    expect(JSON.stringify(info)).not.toContain(TEST_ACCESS_KEY_SECRET);
  });
});
