import { describe, expect, it } from "vitest";

import { validVersion } from "@/lib/testing/version-fixtures";

import { versionAuditSubject } from "./audit-subject";

describe("versionAuditSubject", () => {
  it("records the values the schema read, with the version name as the target", () => {
    const values = { ...validVersion(), appId: "app-880688675783790001", name: "release-1" };
    const subject = versionAuditSubject(values);
    expect(subject.appId).toBe("app-880688675783790001");
    expect(subject.target).toBe("release-1");
    expect(subject.payload).toMatchObject({ appId: "app-880688675783790001", name: "release-1" });
  });

  it("keeps refused input out of the log: only how many problems it had", () => {
    const subject = versionAuditSubject({
      appId: "app-880688675783790001",
      name: "x".repeat(500),
      junk: "<script>",
    });
    expect(subject.appId).toBe("app-880688675783790001");
    expect(subject.target).toHaveLength(128);
    expect(subject.payload).toEqual({ unreadable: true, problems: expect.any(Number) });
    expect(versionAuditSubject(null)).toMatchObject({ appId: undefined, target: null });
  });
});
