import { describe, expect, it } from "vitest";
import { allInEnglish, inEnglish, inLocale } from "@/lib/testing/i18n";
import { buildCreateVersionParams, buildReadableRequest } from "./build-params";
import { importVersionJson } from "./import-json";
import { APP_ID, validVersion } from "@/lib/testing/version-fixtures";

const expectOk = (r: ReturnType<typeof importVersionJson>) => {
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.problems)}`);
  return r;
};

describe("importVersionJson accepts the three published shapes", () => {
  const v = validVersion();
  const wire = buildCreateVersionParams(v);

  it("the readable request (export format) round-trips to the same wire payload", () => {
    const r = expectOk(
      importVersionJson(JSON.stringify(buildReadableRequest(v)), "app-other-000000000000000"),
    );
    expect(r.source).toBe("readable request");
    expect(buildCreateVersionParams(r.values)).toEqual(wire);
  });

  it("the wire form, Containers as a string", () => {
    const r = expectOk(importVersionJson(JSON.stringify(wire), APP_ID));
    expect(r.source).toBe("wire form");
    expect(buildCreateVersionParams(r.values)).toEqual(wire);
  });

  it("a GetEdgeContainerAppVersion response, with exec-JSON hooks and ProbeContent as a string", () => {
    const readable = buildReadableRequest(v);
    const containers = readable.Containers.map((c, i) =>
      i === 0
        ? {
            ...c,
            PostStart: '{"exec":{"command":["sh","-c","echo hi"]}}',
            ProbeContent: JSON.stringify(c.ProbeContent),
          }
        : c,
    );
    const response = {
      RequestId: "X",
      Version: {
        AppId: APP_ID,
        VersionId: "ver-1",
        Name: readable.Name,
        Remarks: readable.Remarks,
        Status: "created",
        Containers: containers,
      },
    };
    const r = expectOk(importVersionJson(JSON.stringify(response), APP_ID));
    expect(r.source).toBe("GetEdgeContainerAppVersion response");
    expect(r.values.containers[0]!.postStart).toBe("sh -c 'echo hi'");
  });
});

describe("importVersionJson refuses bad input with problems that name the field", () => {
  it("not JSON", () => {
    const r = importVersionJson("{nope", APP_ID);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.where).toBe("file");
    expect(!r.ok && inEnglish(r.problems[0]!.message)).toMatch(/^This is not valid JSON \(.+\)\.$/);
  });
  it("a structural error names the container field", () => {
    const readable = buildReadableRequest(validVersion());
    (readable.Containers[1] as Record<string, unknown>).IsACRImage = "yes";
    const r = importVersionJson(JSON.stringify(readable), APP_ID);
    expect(!r.ok && r.problems.map((p) => p.where)).toContain("Containers[1].IsACRImage");
    // zod's own type check, worded by the catalog like every other problem.
    const problem = !r.ok ? r.problems.find((p) => p.where === "Containers[1].IsACRImage") : undefined;
    expect(inEnglish(problem!.message)).toBe(
      "This value has the wrong type: true or false is expected here. Correct it and try again.",
    );
    expect(inLocale("zh-CN", problem!.message)).toBe("此值的类型不对：这里应为布尔值（true 或 false）。请更正后重试。");
  });
  it("an unknown key is named, in a bounded message", () => {
    const readable = buildReadableRequest(validVersion());
    const extra = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`Extra${i}${"x".repeat(100)}`, 1]));
    Object.assign(readable.Containers[0] as Record<string, unknown>, extra);
    const r = importVersionJson(JSON.stringify(readable), APP_ID);
    const message = !r.ok ? inEnglish(r.problems[0]!.message) : "";
    expect(message).toMatch(/^This object has 8 unknown fields: "Extra0x+…", .*, …\. Remove them\.$/);
    expect(message.length).toBeLessThan(300);
  });
  it("a wrong top-level Name says what it must be", () => {
    const r = importVersionJson(JSON.stringify({ Name: 5, Containers: [] }), APP_ID);
    expect(!r.ok && allInEnglish(r.problems)).toEqual([{ where: "Name", message: "Name must be a string." }]);
  });
  it("a rule violation is reported with the wire path", () => {
    const readable = buildReadableRequest(validVersion());
    readable.Containers[2]!.Image = "nginx@sha256:abc";
    const r = importVersionJson(JSON.stringify(readable), APP_ID);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatchObject({ where: "Containers[2].Image" });
  });
});
