import { describe, expect, it } from "vitest";
import {
  APP_LIST_DEFAULTS,
  lastPage,
  listHref,
  listQueryString,
  sortedBy,
  toAppListOptions,
  toVersionListOptions,
  VERSION_LIST_DEFAULTS,
} from "./list-state";
import { parseListState } from "./list-state-parse";

describe("parseListState", () => {
  it("reads every field of a shared URL", () => {
    const state = parseListState(
      { q: " shop ", by: "id", sort: "updated", order: "desc", page: "3", size: "50" },
      APP_LIST_DEFAULTS,
    );
    expect(state).toEqual({
      q: "shop",
      by: "id",
      sort: "updated",
      order: "desc",
      page: 3,
      size: 50,
    });
  });

  it("falls back field by field on bad values instead of failing", () => {
    const state = parseListState(
      { q: "x".repeat(500), by: "email", sort: "Name", order: "up", page: "-2", size: "7" },
      APP_LIST_DEFAULTS,
    );
    expect(state).toEqual(APP_LIST_DEFAULTS);
    expect(parseListState({ page: "2.5", size: "abc" }, APP_LIST_DEFAULTS)).toEqual(
      APP_LIST_DEFAULTS,
    );
    expect(parseListState({ page: "70000" }, APP_LIST_DEFAULTS).page).toBe(1);
    expect(parseListState({ page: "" }, APP_LIST_DEFAULTS).page).toBe(1);
  });

  it("keeps the good values next to bad ones", () => {
    expect(
      parseListState({ sort: "created", order: "sideways", page: "2" }, APP_LIST_DEFAULTS),
    ).toEqual({
      ...APP_LIST_DEFAULTS,
      sort: "created",
      page: 2,
    });
  });

  it("takes the first of repeated parameters and accepts URLSearchParams", () => {
    expect(parseListState({ q: ["a", "b"], page: ["4", "9"] }, APP_LIST_DEFAULTS)).toMatchObject({
      q: "a",
      page: 4,
    });
    expect(
      parseListState(new URLSearchParams("q=web&sort=name&order=desc"), VERSION_LIST_DEFAULTS),
    ).toMatchObject({
      q: "web",
      sort: "name",
      order: "desc",
    });
  });

  it("uses each list's own defaults", () => {
    expect(parseListState({}, APP_LIST_DEFAULTS)).toMatchObject({ sort: "name", order: "asc" });
    expect(parseListState({}, VERSION_LIST_DEFAULTS)).toMatchObject({
      sort: "created",
      order: "desc",
    });
  });
});

describe("listQueryString / listHref", () => {
  it("leaves defaults out so the default view has a plain URL", () => {
    expect(listQueryString(APP_LIST_DEFAULTS, APP_LIST_DEFAULTS)).toBe("");
    expect(listHref("/apps", APP_LIST_DEFAULTS, APP_LIST_DEFAULTS, { page: 2 })).toBe(
      "/apps?page=2",
    );
  });

  it("round-trips through parseListState", () => {
    const state = {
      q: "worker 0",
      by: "id" as const,
      sort: "updated" as const,
      order: "asc" as const,
      page: 2,
      size: 10,
    };
    const query = listQueryString(state, APP_LIST_DEFAULTS);
    expect(parseListState(new URLSearchParams(query.slice(1)), APP_LIST_DEFAULTS)).toEqual(state);
  });

  it("drops the search field when there is nothing to search", () => {
    expect(listQueryString({ ...APP_LIST_DEFAULTS, by: "id" }, APP_LIST_DEFAULTS)).toBe("");
  });
});

describe("sortedBy", () => {
  it("flips the order of the current column and returns to page 1", () => {
    expect(sortedBy({ ...APP_LIST_DEFAULTS, page: 3 }, "name")).toEqual({
      sort: "name",
      order: "desc",
      page: 1,
    });
  });

  it("starts a new column at its natural order", () => {
    expect(sortedBy(APP_LIST_DEFAULTS, "created")).toEqual({
      sort: "created",
      order: "desc",
      page: 1,
    });
    expect(sortedBy(VERSION_LIST_DEFAULTS, "name")).toEqual({
      sort: "name",
      order: "asc",
      page: 1,
    });
  });
});

describe("list options for lib/esa", () => {
  it("maps the URL words to the API's enums", () => {
    expect(
      toAppListOptions({
        q: "app-88",
        by: "id",
        sort: "updated",
        order: "desc",
        page: 2,
        size: 50,
      }),
    ).toEqual({
      orderKey: "UpdateTime",
      orderType: "DESC",
      pageNumber: 2,
      pageSize: 50,
      searchKey: "app-88",
      searchType: "Appid",
    });
    expect(toVersionListOptions({ ...VERSION_LIST_DEFAULTS, q: "ver-1", by: "id" })).toMatchObject({
      orderKey: "CreateTime",
      searchType: "VersionId",
    });
  });

  it("sends no search without a search key", () => {
    const options = toAppListOptions({ ...APP_LIST_DEFAULTS, by: "id" });
    expect(options.searchKey).toBeUndefined();
    expect(options.searchType).toBeUndefined();
  });
});

describe("lastPage", () => {
  it("is at least 1 and rounds up", () => {
    expect(lastPage(0, 20)).toBe(1);
    expect(lastPage(48, 20)).toBe(3);
    expect(lastPage(40, 20)).toBe(2);
  });
});

describe("status filter (versions only)", () => {
  it("reads a status on the version list and falls back to every status", () => {
    expect(parseListState({ status: "failed" }, VERSION_LIST_DEFAULTS).status).toBe("failed");
    expect(parseListState({ status: ["creating", "failed"] }, VERSION_LIST_DEFAULTS).status).toBe(
      "creating",
    );
    for (const bad of ["FAILED", "deleted", "", undefined])
      expect(parseListState({ status: bad }, VERSION_LIST_DEFAULTS).status).toBe("any");
  });

  it("is not part of the application list's state", () => {
    expect(parseListState({ status: "failed" }, APP_LIST_DEFAULTS)).toEqual(APP_LIST_DEFAULTS);
    expect(listQueryString({ ...APP_LIST_DEFAULTS, status: "failed" }, APP_LIST_DEFAULTS)).toBe("");
  });

  it("sits in the URL when not the default and round-trips with search and sort", () => {
    const state = {
      ...VERSION_LIST_DEFAULTS,
      q: "release",
      status: "failed" as const,
      sort: "updated" as const,
      order: "asc" as const,
      page: 2,
    };
    const query = listQueryString(state, VERSION_LIST_DEFAULTS);
    expect(query).toBe("?q=release&status=failed&sort=updated&order=asc&page=2");
    expect(parseListState(new URLSearchParams(query.slice(1)), VERSION_LIST_DEFAULTS)).toEqual(
      state,
    );
    expect(
      listQueryString({ ...VERSION_LIST_DEFAULTS, status: "any" }, VERSION_LIST_DEFAULTS),
    ).toBe("");
  });

  it("is kept when the sort or the page changes", () => {
    const state = { ...VERSION_LIST_DEFAULTS, status: "created" as const };
    expect(listHref("/apps/a", state, VERSION_LIST_DEFAULTS, sortedBy(state, "updated"))).toBe(
      "/apps/a?status=created&sort=updated",
    );
    expect(listHref("/apps/a", state, VERSION_LIST_DEFAULTS, { page: 3 })).toBe(
      "/apps/a?status=created&page=3",
    );
  });

  it("sends ESA no status: its version list has no such parameter", () => {
    const options = toVersionListOptions({ ...VERSION_LIST_DEFAULTS, status: "failed" });
    expect(Object.keys(options).sort()).toEqual([
      "orderKey",
      "orderType",
      "pageNumber",
      "pageSize",
    ]);
  });
});
