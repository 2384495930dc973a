import { describe, expect, it } from "vitest";

import { validVersion } from "@/lib/testing/version-fixtures";

import { versionAuditSubject } from "./audit-subject";

describe("the base version a create records for its audit diff", () => {
  it("adds a well-formed base version id to the recorded values", () => {
    const values = validVersion();
    expect(versionAuditSubject(values, "ver-1234").payload).toEqual({ ...values, baseVersionId: "ver-1234" });
    expect(versionAuditSubject(values).payload).toEqual(values);
  });

  it("leaves out a base id that does not look like one", () => {
    const values = validVersion();
    for (const bad of ["", "x".repeat(200), "ver 1", { id: "ver-1" }, 42]) {
      expect(versionAuditSubject(values, bad).payload).toEqual(values);
    }
  });
});
