import { describe, expect, it } from "vitest";
import type { EsaVersion } from "@/lib/esa/types";
import { pageByStatus } from "./status-filter";

const version = (n: number, status: string): EsaVersion =>
  ({
    appId: "app-1",
    versionId: `ver-${n}`,
    name: `release-${n}`,
    remarks: "",
    status,
    createTime: "",
    updateTime: "",
    containers: [],
  }) as unknown as EsaVersion;

const read = Array.from({ length: 25 }, (_, i) =>
  version(i + 1, (i + 1) % 5 === 0 ? "failed" : "created"),
);

describe("pageByStatus", () => {
  it("keeps the versions of the status in the order read and counts them", () => {
    const page = pageByStatus(read, 25, { status: "failed", page: 1, size: 10 });
    expect(page.items.map((v) => v.name)).toEqual([
      "release-5",
      "release-10",
      "release-15",
      "release-20",
      "release-25",
    ]);
    expect(page.totalCount).toBe(5);
    expect(page.scannedOf).toBeUndefined();
  });

  it("pages the filtered list, not the one read", () => {
    const page = pageByStatus(read, 25, { status: "created", page: 2, size: 10 });
    expect(page.totalCount).toBe(20);
    expect(page.items.map((v) => v.name)).toEqual(
      [13, 14, 16, 17, 18, 19, 21, 22, 23, 24].map((n) => `release-${n}`),
    );
    expect(page).toMatchObject({ pageNumber: 2, pageSize: 10 });
  });

  it("says when it saw only part of the list, and sends counts instead of containers", () => {
    const page = pageByStatus(read, 1500, { status: "failed", page: 1, size: 10 });
    expect(page.scannedOf).toEqual({ read: 25, total: 1500 });
    expect(page.items[0]).toMatchObject({ containerCount: 0 });
    expect(page.items[0]).not.toHaveProperty("containers");
  });
});
