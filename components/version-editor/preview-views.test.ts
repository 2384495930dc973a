import { describe, expect, it } from "vitest";
import { buildCreateVersionParams, buildReadableRequest } from "@/lib/version/build-params";
import { MASK } from "@/lib/version/mask-secrets";
import { buildCliCommand } from "@/lib/version/snippets";
import { validVersion } from "@/lib/testing/version-fixtures";
import {
  hasSecretEnv,
  previewTexts,
  renderPreviewView,
  wireContainersTexts,
} from "./preview-views";

function withSecret() {
  const v = validVersion();
  v.containers[0]!.env.push({ key: "DB_PASSWORD", value: "hunter2" });
  return v;
}

describe("preview views", () => {
  it("render what the builder produces, one tab at a time", () => {
    const v = validVersion();
    expect(renderPreviewView("readable", v)).toBe(JSON.stringify(buildReadableRequest(v), null, 2));
    expect(renderPreviewView("wire", v)).toBe(JSON.stringify(buildCreateVersionParams(v), null, 2));
    expect(renderPreviewView("cli", v)).toBe(buildCliCommand(buildCreateVersionParams(v)));
    expect(renderPreviewView("typescript", v)).toContain('"CreateEdgeContainerAppVersion"');
  });

  it("mask secret-looking values on screen but copy the real ones", () => {
    const v = withSecret();
    expect(hasSecretEnv(v)).toBe(true);
    const { display, copy } = previewTexts("readable", v, false);
    expect(display).toContain(MASK);
    expect(display).not.toContain("hunter2");
    expect(copy).toContain("DB_PASSWORD=hunter2");
    expect(previewTexts("readable", v, true).display).toBe(copy);
  });

  it("show the real text when nothing looks secret", () => {
    const v = validVersion();
    expect(hasSecretEnv(v)).toBe(false);
    const { display, copy } = previewTexts("cli", v, false);
    expect(display).toBe(copy);
  });

  it("offer Containers wrapped for reading while copy keeps the exact one-line wire string", () => {
    const v = withSecret();
    const exact = buildCreateVersionParams(v).Containers;
    const { display, copy } = wireContainersTexts(v, false);
    expect(copy).toBe(exact);
    expect(exact).not.toContain("\n");
    expect(display.split("\n").length).toBeGreaterThan(10);
    expect(display).not.toContain("hunter2");
    expect(JSON.parse(wireContainersTexts(v, true).display)).toEqual(JSON.parse(exact));
  });
});
