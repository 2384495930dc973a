import { describe, expect, it } from "vitest";

import { allInEnglish, inEnglish, inLocale } from "@/lib/testing/i18n";

import { auditFilterQueryString, auditQueryString, parseAuditFilter, parseUtcTime } from "./filter-state";

describe("the audit page's URL state", () => {
  it("reads filters and paging, and writes them back without defaults", () => {
    const parsed = parseAuditFilter(
      new URLSearchParams("actor=ada&app=shop&action=user.&outcome=refused&from=2026-12-01&before=2026-12-02T09:30&page=3&size=25"),
    );
    expect(parsed.errors).toEqual({});
    expect(parsed.fromDate?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(parsed.beforeDate?.toISOString()).toBe("2026-12-02T09:30:00.000Z");
    expect(auditQueryString(parsed.state)).toBe(
      "?actor=ada&app=shop&action=user.&outcome=refused&from=2026-12-01&before=2026-12-02T09%3A30&page=3&size=25",
    );
    expect(auditFilterQueryString(parsed.state)).not.toMatch(/page=|size=/);
    expect(auditQueryString(parseAuditFilter({}).state)).toBe("");
  });

  it("names the field of a bad value and keeps what was typed", () => {
    const parsed = parseAuditFilter({ from: "2026-02-31", before: "soon", outcome: "maybe" });
    expect(parsed.state.from).toBe("2026-02-31");
    const errors = allInEnglish(parsed.errors);
    expect(errors.from).toMatch(/UTC date/);
    expect(errors.before).toMatch(/UTC date/);
    expect(errors.outcome).toMatch(/ok, refused, failed, unknown/);
    expect(inLocale("zh-CN", parsed.errors.from ?? "")).toBe("请输入 UTC 日期（2026-12-02）或日期和时间（2026-12-02T09:30）。");
    expect(parsed.fromDate).toBeUndefined();
    const reversed = parseAuditFilter({ from: "2026-12-02", before: "2026-12-01" });
    expect(inEnglish(reversed.errors.before ?? "")).toMatch(/later than/);
    expect(reversed.beforeDate).toBeUndefined();
    expect(reversed.fromDate).toBeDefined();
  });

  it("falls back to the first page and the default size on nonsense paging", () => {
    const { state } = parseAuditFilter({ page: "-2", size: "7" });
    expect(state.page).toBe(1);
    expect(state.size).toBe(50);
    expect(parseUtcTime("2026-12-02T10:00:30")?.toISOString()).toBe("2026-12-02T10:00:30.000Z");
  });
});
