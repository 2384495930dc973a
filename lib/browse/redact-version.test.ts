import { describe, expect, it } from "vitest";

import type { EsaVersion } from "@/lib/esa/types";
import { MASK } from "@/lib/version/mask-secrets";

import { redactVersion } from "./redact-version";

const version = (containers: EsaVersion["containers"]): EsaVersion => ({
  appId: "app-1",
  versionId: "ver-1",
  name: "v1",
  remarks: "",
  status: "created",
  createTime: "",
  updateTime: "",
  containers,
});

describe("redactVersion", () => {
  it("leaves no secret env or probe header value in what is sent, and keeps the input intact", () => {
    const input = version([
      {
        Name: "web",
        EnvVariables: "DB_PASSWORD=hunter2,MODE=prod",
        ProbeContent: { HttpHeaders: '[{"Authorization":"Bearer tok-123"}]' },
      },
    ]);
    const sent = JSON.stringify(redactVersion(input));
    expect(sent).not.toMatch(/hunter2|tok-123/);
    expect(sent).toContain("MODE=prod");
    expect(sent).toContain(MASK);
    expect(input.containers[0]!.EnvVariables).toBe("DB_PASSWORD=hunter2,MODE=prod");
  });
});
