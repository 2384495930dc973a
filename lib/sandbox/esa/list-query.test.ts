import { describe, expect, it } from "vitest";
import { SandboxApiError } from "../gateway/api-error";
import { pageOf, readListRequest, sortRecords } from "./list-query";

const types = ["Appid", "Name"] as const;

describe("readListRequest", () => {
  it("defaults to newest first, page 1 of 20", () => {
    expect(readListRequest({}, 500, types)).toEqual({
      orderKey: "CreateTime",
      orderType: "DESC",
      pageNumber: 1,
      pageSize: 20,
      searchKey: undefined,
      searchType: undefined,
    });
  });

  it("accepts enum values in any case and returns the canonical spelling", () => {
    expect(
      readListRequest({ OrderKey: "name", OrderType: "asc", SearchType: "AppId" }, 500, types),
    ).toMatchObject({
      orderKey: "Name",
      orderType: "ASC",
      searchType: "Appid",
    });
  });

  it.each([
    ["PageNumber", "65536"],
    ["PageNumber", "1.5"],
    ["PageSize", "0"],
    ["PageSize", "501"],
    ["PageSize", "ten"],
    ["OrderKey", "Size"],
    ["OrderType", "UP"],
    ["SearchType", "VersionId"],
  ])("rejects %s=%s with InvalidParameter naming it", (name, value) => {
    let thrown: unknown;
    try {
      readListRequest({ [name]: value }, 500, types);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SandboxApiError);
    expect(thrown).toMatchObject({ status: 400, code: "InvalidParameter" });
    expect((thrown as Error).message).toContain(`"${name}"`);
  });
});

describe("sortRecords and pageOf", () => {
  const items = [
    {
      id: "b",
      Name: "beta",
      CreateTime: "2025-01-02T00:00:00Z",
      UpdateTime: "2025-01-05T00:00:00Z",
    },
    {
      id: "a",
      Name: "Alpha",
      CreateTime: "2025-01-03T00:00:00Z",
      UpdateTime: "2025-01-05T00:00:00Z",
    },
    {
      id: "c",
      Name: "gamma",
      CreateTime: "2025-01-01T00:00:00Z",
      UpdateTime: "2025-01-04T00:00:00Z",
    },
  ];
  const order = (orderKey: "Name" | "CreateTime" | "UpdateTime", orderType: "ASC" | "DESC") =>
    sortRecords(
      items,
      {
        orderKey,
        orderType,
        pageNumber: 1,
        pageSize: 20,
        searchKey: undefined,
        searchType: undefined,
      },
      (i) => i.id,
    ).map((i) => i.id);

  it("sorts names as people read them and times chronologically, ties broken by id", () => {
    expect(order("Name", "ASC")).toEqual(["a", "b", "c"]);
    expect(order("CreateTime", "DESC")).toEqual(["a", "b", "c"]);
    expect(order("UpdateTime", "ASC")).toEqual(["c", "a", "b"]);
  });

  it("pages without overlap", () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageOf([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
    expect(pageOf([1, 2, 3], 9, 2)).toEqual([]);
  });
});
