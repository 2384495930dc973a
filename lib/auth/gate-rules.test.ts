import { describe, expect, it } from "vitest";

import { isPublicPath, safeNextPath, signInHref } from "./gate-rules";

describe("isPublicPath", () => {
  it("opens sign-in, setup and invitations, and nothing that merely starts like them", () => {
    for (const path of ["/sign-in", "/setup", "/invite/abc"]) expect(isPublicPath(path)).toBe(true);
    for (const path of ["/", "/apps", "/sign-inx", "/setup-admin", "/invites", "/admin"]) {
      expect(isPublicPath(path)).toBe(false);
    }
  });
});

describe("safeNextPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeNextPath("/apps/app-1/versions/new?from=v1")).toBe("/apps/app-1/versions/new?from=v1");
  });

  it("refuses other origins, odd forms and public pages", () => {
    for (const value of [
      "https://evil.example/apps",
      "//evil.example/apps",
      "/\\evil.example",
      "apps",
      "/sign-in?next=/apps",
      "/setup",
      "/apps\n",
      undefined,
      null,
      ["/apps"],
    ]) {
      expect(safeNextPath(value as string)).toBe("/apps");
    }
  });

  it("builds the sign-in link with the way back", () => {
    expect(signInHref("/apps/x?q=1")).toBe("/sign-in?next=%2Fapps%2Fx%3Fq%3D1");
    expect(signInHref("//evil.example")).toBe("/sign-in");
  });
});
