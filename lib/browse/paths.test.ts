import { describe, expect, it } from "vitest";
import { appHref, idsFromPath, versionHref } from "./paths";

describe("idsFromPath", () => {
  it("reads the application and version IDs back from the paths the pages use", () => {
    expect(idsFromPath(appHref("app-1"))).toEqual({ appId: "app-1", versionId: undefined });
    expect(idsFromPath(versionHref("app 1/x", "ver-9"))).toEqual({ appId: "app 1/x", versionId: "ver-9" });
    expect(idsFromPath("/apps/app-1/versions/new")).toEqual({ appId: "app-1", versionId: "new" });
  });

  it("gives nothing for paths outside /apps, and keeps an undecodable segment as it is", () => {
    expect(idsFromPath("")).toEqual({ appId: undefined, versionId: undefined });
    expect(idsFromPath("/elsewhere/app-1")).toEqual({ appId: undefined, versionId: undefined });
    expect(idsFromPath("/apps/%E0%A4%A")).toEqual({ appId: "%E0%A4%A", versionId: undefined });
  });
});
