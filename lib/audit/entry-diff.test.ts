import { describe, expect, it } from "vitest";

import type { AuditRow } from "@/lib/db/audit-store";
import { EsaError } from "@/lib/esa/errors";
import { allInEnglish } from "@/lib/testing/i18n";
import { validVersion } from "@/lib/testing/version-fixtures";

import { auditEntryDiff, readCreatePayload } from "./entry-diff";
import { maskPayload } from "./mask-payload";

const base = validVersion();
const next = {
  ...base,
  name: "v2-next",
  containers: base.containers.map((c, i) => (i === 0 ? { ...c, args: "-g daemon-on" } : c)),
};

const row = (action: string, payload: unknown): AuditRow => ({
  id: 7,
  time: new Date("2026-12-02T10:00:00Z"),
  actorId: "u-ada",
  actorName: "Ada",
  actorKind: "local",
  action,
  appId: base.appId,
  appName: "shop-eu",
  target: "v2",
  outcome: "ok",
  esaCode: null,
  requestId: null,
  clientAddress: null,
  userAgent: null,
  payload,
  prevHash: "0".repeat(64),
  hash: "1".repeat(64),
});

const loadBase = async () => ({ name: base.name, versionId: "ver-1", values: base });

describe("the diff of a recorded create against its base version", () => {
  it("reads the version and its base id from the payload, whether nested or flat", () => {
    expect(readCreatePayload({ ...next, baseVersionId: "ver-1" })).toEqual({ values: next, baseVersionId: "ver-1" });
    expect(readCreatePayload({ values: next, baseVersionId: "ver-1" })).toEqual({ values: next, baseVersionId: "ver-1" });
    expect(readCreatePayload({ values: next })).toEqual({ values: next, baseVersionId: null });
    expect(readCreatePayload("nonsense")).toEqual({ values: null, baseVersionId: null });
  });

  it("compares a masked payload with its base: only real changes show", async () => {
    const payload = maskPayload({ values: next, baseVersionId: "ver-1" });
    const diff = await auditEntryDiff(row("version.create", payload), loadBase);
    expect(diff.kind).toBe("diff");
    if (diff.kind !== "diff") return;
    expect(diff.baseLabel).toBe(`${base.name} (ver-1)`);
    const changed = diff.diff.containers.flatMap((c) => (c.kind === "changed" ? c.fields.map((f) => f.field) : []));
    expect(changed).toEqual(["Args"]);
    expect(diff.diff.version.map((f) => f.field)).toEqual(["Name"]);
  });

  it("says when there is no base, when the base cannot be read, and shows nothing for other actions", async () => {
    expect(await auditEntryDiff(row("version.create", { values: next }), loadBase)).toEqual({ kind: "no-base" });
    expect(await auditEntryDiff(row("grant.add", { values: next, baseVersionId: "ver-1" }), loadBase)).toEqual({ kind: "not-a-create" });
    const failing = async () => {
      throw new EsaError({ kind: "service", code: "InvalidVersion.NotFound", message: "No such version.", httpStatus: 404 });
    };
    expect(allInEnglish(await auditEntryDiff(row("version.create", { values: next, baseVersionId: "ver-gone" }), failing))).toMatchObject({
      kind: "unreadable",
      reason: expect.stringMatching(/ver-gone could not be read from ESA: No such version/),
    });
  });
});
