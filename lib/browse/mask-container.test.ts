import { describe, expect, it } from "vitest";
import { MASK } from "@/lib/version/mask-secrets";
import { maskContainerSecrets, maskEnvVariables } from "./mask-container";

describe("maskEnvVariables", () => {
  it("hides values whose names look secret and keeps the rest", () => {
    expect(maskEnvVariables("NODE_ENV=production,DB_PASSWORD=s3cr3t,API_KEY=a=b")).toBe(
      `NODE_ENV=production,DB_PASSWORD=${MASK},API_KEY=${MASK}`,
    );
  });

  it("leaves empty secret values empty", () => {
    expect(maskEnvVariables("TOKEN=")).toBe("TOKEN=");
  });
});

describe("maskContainerSecrets", () => {
  it("returns copies and never changes the input", () => {
    const input = [{ Name: "web", EnvVariables: "SECRET=x" }, { Name: "sidecar" }];
    const masked = maskContainerSecrets(input);
    expect(masked[0]).toEqual({ Name: "web", EnvVariables: `SECRET=${MASK}` });
    expect(masked[1]).toEqual({ Name: "sidecar" });
    expect(input[0]!.EnvVariables).toBe("SECRET=x");
  });
});

describe("probe header values", () => {
  const probe = (HttpHeaders: string) => [
    { Name: "web", ProbeType: "httpGet", ProbeContent: { Path: "/", HttpHeaders } },
  ];
  const headersOf = (containers: Record<string, unknown>[]) =>
    (containers[0]!.ProbeContent as { HttpHeaders: string }).HttpHeaders;

  it("hides secret-looking header values in the one-key shape and keeps the rest", () => {
    const masked = maskContainerSecrets(
      probe(
        '[{"Content-Type":"application/json"},{"Authorization":"Bearer abc"},{"X-Api-Key":"k1"}]',
      ),
    );
    expect(JSON.parse(headersOf(masked))).toEqual([
      { "Content-Type": "application/json" },
      { Authorization: MASK },
      { "X-Api-Key": MASK },
    ]);
  });

  it("hides them in the Name/Value shape and by a credential scheme in the value", () => {
    const masked = maskContainerSecrets(
      probe('[{"Name":"X-Probe","Value":"Basic dXNlcjpwdw=="},{"Name":"Accept","Value":"*/*"}]'),
    );
    expect(JSON.parse(headersOf(masked))).toEqual([
      { Name: "X-Probe", Value: MASK },
      { Name: "Accept", Value: "*/*" },
    ]);
  });

  it("hides unreadable header text whole, and reads ProbeContent sent as JSON text", () => {
    expect(headersOf(maskContainerSecrets(probe("Authorization: Bearer abc")))).toBe(MASK);
    const asText = maskContainerSecrets([
      { ProbeContent: JSON.stringify({ HttpHeaders: '[{"Cookie":"sid=1"}]' }) },
    ]);
    expect(asText[0]!.ProbeContent as string).not.toContain("sid=1");
  });
});
