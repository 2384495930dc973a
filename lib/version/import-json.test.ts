import { describe, expect, it } from "vitest";
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
  });
  it("a structural error names the container field", () => {
    const readable = buildReadableRequest(validVersion());
    (readable.Containers[1] as Record<string, unknown>).IsACRImage = "yes";
    const r = importVersionJson(JSON.stringify(readable), APP_ID);
    expect(!r.ok && r.problems.map((p) => p.where)).toContain("Containers[1].IsACRImage");
  });
  it("a rule violation is reported with the wire path", () => {
    const readable = buildReadableRequest(validVersion());
    readable.Containers[2]!.Image = "nginx@sha256:abc";
    const r = importVersionJson(JSON.stringify(readable), APP_ID);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatchObject({ where: "Containers[2].Image" });
  });
});
