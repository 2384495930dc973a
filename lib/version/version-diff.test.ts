import { describe, expect, it } from "vitest";
import { tcpContainer, validVersion } from "@/lib/testing/version-fixtures";
import { diffVersions } from "./version-diff";

describe("diffVersions", () => {
  it("reports nothing but the name for an unchanged copy", () => {
    const base = validVersion();
    const next = { ...validVersion(), name: `${base.name}-2` };
    const d = diffVersions(base, next);
    expect(d.containers).toEqual([]);
    expect(d.version).toEqual([
      { field: "Name", kind: "changed", from: base.name, to: `${base.name}-2` },
    ]);
    expect(d.unchangedContainers).toEqual(base.containers.map((c) => c.name));
  });

  it("shows a changed spec from what to what, and an added container", () => {
    const base = validVersion();
    const next = validVersion();
    next.containers[0]!.spec = "4C8G";
    next.containers.push({ ...tcpContainer(), name: "extra" });
    const d = diffVersions(base, next);
    expect(d.containers).toContainEqual({
      kind: "changed",
      name: base.containers[0]!.name,
      renamedFrom: undefined,
      fields: [{ field: "Spec", kind: "changed", from: base.containers[0]!.spec, to: "4C8G" }],
    });
    expect(d.containers).toContainEqual({ kind: "added", name: "extra" });
  });

  it("reports removed containers, renames, and env variables added, removed and changed", () => {
    const base = validVersion();
    base.containers[0]!.env = [
      { key: "KEEP", value: "1" },
      { key: "GONE", value: "x" },
      { key: "LEVEL", value: "info" },
    ];
    const next = validVersion();
    next.containers[0]!.env = [
      { key: "KEEP", value: "1" },
      { key: "LEVEL", value: "debug" },
      { key: "NEW", value: "y" },
    ];
    next.containers[1]!.name = "renamed";
    next.containers.pop();
    const d = diffVersions(base, next);
    const first = d.containers.find((c) => c.name === base.containers[0]!.name);
    expect(first && first.kind === "changed" && first.fields).toEqual([
      { field: "Env · GONE", kind: "removed", from: "x" },
      { field: "Env · LEVEL", kind: "changed", from: "info", to: "debug" },
      { field: "Env · NEW", kind: "added", to: "y" },
    ]);
    expect(d.containers).toContainEqual({
      kind: "changed",
      name: "renamed",
      renamedFrom: base.containers[1]!.name,
      fields: [],
    });
    expect(d.containers).toContainEqual({ kind: "removed", name: base.containers[2]!.name });
  });

  it("masks secret-looking env values in the review", () => {
    const base = validVersion();
    base.containers[0]!.env = [{ key: "DB_PASSWORD", value: "old" }];
    const next = validVersion();
    next.containers[0]!.env = [{ key: "DB_PASSWORD", value: "new" }];
    const d = diffVersions(base, next);
    expect(JSON.stringify(d)).not.toMatch(/"old"|"new"/);
  });
});
